// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace rexec::local {

// rexec-local's command line: serve (the default) or `image add KEY PATH`.
int runLocalServerCli(QCoreApplication &app);

} // namespace rexec::local
