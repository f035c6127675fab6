# The Windows installer: CPack with NSIS (Debian's nsis package), from
# Aerial's own template (NSIS.template.in beside this file), per user and
# without administrator rights.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
# A static Qt is inside aerial.exe: its licences and those of the
# third-party code built into it go along (packaging/windows-qt.sh collects
# them), with the mingw-w64 runtime's.
install(DIRECTORY ${AERIAL_QT_WINDOWS_PREFIX}/licenses/ DESTINATION licenses/Qt)
if(EXISTS /usr/share/doc/mingw-w64-x86-64-dev/copyright)
    install(FILES /usr/share/doc/mingw-w64-x86-64-dev/copyright DESTINATION licenses RENAME mingw-w64.txt)
endif()

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME Aerial)
set(CPACK_PACKAGE_VENDOR Aerial)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME Aerial-${PROJECT_VERSION}-win64)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Aerial)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/app/aerial.ico)
set(CPACK_STRIP_FILES ON) # the installed aerial.exe carries no symbols
list(PREPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR})
include(CPack)
