// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace rexec::terminal {

// The `data` of an output frame, read without building a JSON document. A flood is thousands of
// these a second, and a general parser costs more than the terminal's own work on them. Only the
// two shapes servers send are taken ({"type":"output","data":"…"} from Go, and the same with the
// keys sorted); anything else returns nullopt and goes to the general parser.
std::optional<QString> fastOutputData(QStringView frame);

} // namespace rexec::terminal
