// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace eipdesk::AddressStatus {

// The wire values of Address.AddressStatus (spec §4.1).
inline constexpr const char Creating[] = "CREATING";
inline constexpr const char Binding[] = "BINDING";
inline constexpr const char Bind[] = "BIND";
inline constexpr const char Unbinding[] = "UNBINDING";
inline constexpr const char Unbind[] = "UNBIND";
inline constexpr const char Offlining[] = "OFFLINING";
inline constexpr const char BindEni[] = "BIND_ENI";

QStringList all();
bool isBound(const QString& status);        // BIND, BIND_ENI
bool isTransitional(const QString& status); // CREATING, BINDING, UNBINDING, OFFLINING

} // namespace eipdesk::AddressStatus
