# aerial.exe and its tests against the static Qt for Windows that
# packaging/windows-qt.sh builds and caches. The windows preset uses this
# file; it finds the cache by itself:
#   $AERIAL_QT_WINDOWS, or ${AERIAL_CACHE:-~/.cache/aerial}/qt-windows.
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-x86_64.cmake)

if(DEFINED ENV{AERIAL_QT_WINDOWS})
    set(aerial_qt "$ENV{AERIAL_QT_WINDOWS}")
elseif(DEFINED ENV{AERIAL_CACHE})
    set(aerial_qt "$ENV{AERIAL_CACHE}/qt-windows")
elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(aerial_qt "$ENV{XDG_CACHE_HOME}/aerial/qt-windows")
else()
    set(aerial_qt "$ENV{HOME}/.cache/aerial/qt-windows")
endif()
get_filename_component(aerial_qt "${aerial_qt}" REALPATH)
if(NOT EXISTS "${aerial_qt}/lib/cmake/Qt6/Qt6Config.cmake")
    message(FATAL_ERROR "No Qt for Windows at ${aerial_qt}. Build it first: bash packaging/windows-qt.sh")
endif()

# The toolchain re-roots package searches in CMAKE_FIND_ROOT_PATH, so the Qt
# prefix goes there; the host tools (moc, rcc, uic) are Debian's, the same 6.4.2.
list(APPEND CMAKE_FIND_ROOT_PATH "${aerial_qt}")
list(APPEND CMAKE_PREFIX_PATH "${aerial_qt}")
set(QT_HOST_PATH /usr CACHE PATH "")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "")
set(AERIAL_QT_WINDOWS_PREFIX "${aerial_qt}" CACHE PATH "The static Qt for Windows in use" FORCE)

# Tests run under Wine, through a wrapper that prints their Qt Test log.
find_program(AERIAL_WINE64 wine64 PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH)
if(AERIAL_WINE64)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/../tests/windows/run-qt-test.sh;${AERIAL_WINE64}")
endif()
