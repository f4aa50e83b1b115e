# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of app/files/ (file transfers and the remote folder model), appended to the core library.
list(APPEND REXEC_CORE_SOURCES
    files/filenames.cpp files/filenames.h
    files/localwalker.cpp files/localwalker.h
    files/partfilewriter.cpp files/partfilewriter.h
    files/remotedirectorymodel.cpp files/remotedirectorymodel.h
    files/remotewalker.cpp files/remotewalker.h
    files/sizetext.h
    files/transferjobs.cpp files/transferjobs.h
    files/transferqueue.cpp files/transferqueue.h
    files/uploadstream.cpp files/uploadstream.h
)
