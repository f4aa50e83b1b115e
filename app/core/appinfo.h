// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace rexec {

// Names and version every executable sets before it reads settings or prints --version.
void initApplicationInfo(const char *applicationName);

} // namespace rexec
