# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of app/terminal/ (one shell over the terminal WebSocket), appended to the core library.
list(APPEND REXEC_CORE_SOURCES
    terminal/outputframe.cpp terminal/outputframe.h
    terminal/terminalsession.cpp terminal/terminalsession.h
)
