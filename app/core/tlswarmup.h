// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rexec {

// Qt builds a QSslConfiguration inside every QWebSocket (and QHttpServerRequest), even over plain
// HTTP, and the first one loads the TLS plugin and scans the system's CA folders: about 100 ms
// measured here, paid by the window's first socket otherwise (the events socket of This
// computer: the list showed 50-60 ms later without this). This starts that work on a pool
// thread, where it overlaps the rest of start-up; Qt's TLS initialisation is guarded by its own
// mutex. rexec-local, which serves plain HTTP only, uses Qt's certificate-only backend instead.
void warmUpTlsInBackground();

} // namespace rexec
