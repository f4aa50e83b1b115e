# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of app/accounts/ (server profiles, keychain, sign-in, the embedded local server), appended to the core library.
list(APPEND REXEC_CORE_SOURCES
    accounts/browsersignin.cpp accounts/browsersignin.h
    accounts/localserverlauncher.cpp accounts/localserverlauncher.h
    accounts/profilestore.cpp accounts/profilestore.h
    accounts/secretstore.cpp accounts/secretstore.h
    accounts/serverprofile.cpp accounts/serverprofile.h
    accounts/serversession.cpp accounts/serversession.h
    accounts/workspace.cpp accounts/workspace.h
)
