// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace eipdesk::bench {

struct Options {
    bool smoke = false; // small sizes, fast; figures are printed but not meaningful
};

// Prints "name: value unit (goal: goal)" and remembers whether the goal was met.
void report(const QString& name, double value, const QString& unit, const QString& goal,
            bool goalMet);

struct Case {
    QString name;
    std::function<void(const Options&)> run;
};

std::vector<Case>& registry();

struct Registrar {
    Registrar(const char* name, std::function<void(const Options&)> run) {
        registry().push_back({QString::fromLatin1(name), std::move(run)});
    }
};

int failedGoals();

// This process's resident memory (VmRSS) in MiB, or -1 where /proc does not tell it.
double residentMiB();

} // namespace eipdesk::bench

#define EIPDESK_BENCH_CONCAT2(a, b) a##b
#define EIPDESK_BENCH_CONCAT(a, b) EIPDESK_BENCH_CONCAT2(a, b)
// EIPDESK_BENCH("sandbox", [](const eipdesk::bench::Options& o) { ... });
#define EIPDESK_BENCH(name, fn)                                                                    \
    static eipdesk::bench::Registrar EIPDESK_BENCH_CONCAT(s_benchRegistrar, __LINE__)(name, fn)
