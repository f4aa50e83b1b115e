# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of app/api/, appended to the core library.
list(APPEND REXEC_CORE_SOURCES
)
