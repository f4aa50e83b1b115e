# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of app/containers/, appended to the core library.
list(APPEND REXEC_CORE_SOURCES
    containers/containerformat.cpp containers/containerformat.h
    containers/containermodel.cpp containers/containermodel.h
    containers/containereventsclient.cpp containers/containereventsclient.h
    containers/createtracker.cpp containers/createtracker.h
    containers/containersession.cpp containers/containersession.h
)
