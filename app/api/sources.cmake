# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of app/api/, appended to the core library.
list(APPEND REXEC_CORE_SOURCES
    api/jsonread.cpp api/jsonread.h
    api/servertime.cpp api/servertime.h
    api/containers.cpp api/containers.h
    api/files.cpp api/files.h
    api/catalog.cpp api/catalog.h
    api/account.cpp api/account.h
    api/events.cpp api/events.h
    api/apierror.cpp api/apierror.h
    api/result.h
    api/restclient.cpp api/restclient.h
)
