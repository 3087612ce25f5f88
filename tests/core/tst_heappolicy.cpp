// SPDX-License-Identifier: GPL-3.0-or-later
// The heap policy of the application (core/HeapPolicy.h), checked on the C library's own
// accounting (mallinfo2): the blocks of a 100,000-row table come from the heap, larger ones are
// mapped and handed back, the free space at the top of the heap stays for the next load instead
// of being faulted in again page by page.
#include "core/HeapPolicy.h"

#include <QByteArray>
#include <QTest>

#include <malloc.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace eipdesk;

namespace {

constexpr size_t kMiB = 1024 * 1024;

} // namespace

class tst_HeapPolicy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(configureHeap()); }

    void blocksOfAFullTableComeFromTheHeap() {
        // A 100,000-row table's search text (5.7 MB) grows by appends, as a QByteArray does.
        // Mapped on its own, it would be moved with mremap() as it grows, and on a virtual machine
        // the first read of each moved page costs microseconds (core/HeapPolicy.h).
        const size_t before = mallinfo2().hblkhd;
        QByteArray text;
        const QByteArray row(57, 'a');
        while (text.size() < qsizetype(6 * kMiB))
            text += row;
        const size_t after = mallinfo2().hblkhd;
        QVERIFY2(after == before,
                 qPrintable(QStringLiteral("bytes in blocks mapped on their own: %1 before a 6 MiB "
                                           "block grew, %2 after")
                                .arg(before)
                                .arg(after)));
    }

    void largerBlocksAreMappedAndHandedBack() {
        const size_t before = mallinfo2().hblkhd;
        void* block = std::malloc(32 * kMiB);
        QVERIFY(block);
        std::memset(block, 1, 32 * kMiB);
        QVERIFY2(mallinfo2().hblkhd >= before + 32 * kMiB, "a 32 MiB block is mapped on its own");
        std::free(block);
        QCOMPARE(mallinfo2().hblkhd, before);
    }

    void freeSpaceAtTheTopOfTheHeapIsKept() {
        // 16 MiB in 1 KiB blocks (a load's addresses and strings are small blocks), freed in
        // the order they were taken, so that they end up in the top of the heap. glibc's
        // default once a threshold is set (128 KiB) returns all but 128 KiB of it at once.
        // Nothing else is allocated meanwhile (it could sit above the blocks).
        constexpr int kBlocks = 16 * 1024;
        std::vector<void*> blocks(kBlocks, nullptr);
        ::malloc_trim(0);
        for (void*& block : blocks) {
            block = std::malloc(1024);
            if (block)
                std::memset(block, 1, 1024);
        }
        const bool allTaken =
            std::all_of(blocks.cbegin(), blocks.cend(), [](const void* b) { return b != nullptr; });
        for (void* block : blocks)
            std::free(block);
        QVERIFY(allTaken);
        const size_t kept = mallinfo2().keepcost;
        QVERIFY2(kept >= 12 * kMiB, qPrintable(QStringLiteral("kept %1 bytes").arg(kept)));
    }
};

QTEST_GUILESS_MAIN(tst_HeapPolicy)
#include "tst_heappolicy.moc"
