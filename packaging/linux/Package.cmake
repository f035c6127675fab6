# The Debian package: cmake --build --preset default --target package
# (README.md, "A Debian package"). CPack's DEB generator, with the
# dependencies found by dpkg-shlibdeps from what the programs link.
include(GNUInstallDirs)
# Debian names the documentation folder after the package, in lower case.
set(CMAKE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/aerial)

set(aerial_app_id io.github.aerialwifi.Aerial) # platform/applicationid.h
set(linux_dir ${CMAKE_CURRENT_LIST_DIR})
set(generated ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${generated})

install(FILES ${linux_dir}/${aerial_app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# The system-wide autostart entry, which a person turns off in Aerial's
# settings (platform/autostart.h). /etc is absolute: it is not under /usr.
install(FILES ${linux_dir}/${aerial_app_id}.autostart.desktop DESTINATION /etc/xdg/autostart
        RENAME ${aerial_app_id}.desktop)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/aerial.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${aerial_app_id}.svg)
configure_file(${linux_dir}/${aerial_app_id}.metainfo.xml ${generated}/${aerial_app_id}.metainfo.xml @ONLY)
install(FILES ${generated}/${aerial_app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${linux_dir}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Man pages and the changelog, gzip'd without a timestamp as Debian Policy
# 12.3 and 12.7 ask.
find_program(AERIAL_GZIP gzip REQUIRED)
set(compressed)
foreach(source IN ITEMS aerial.1 aerialctl.1 changelog)
    configure_file(${linux_dir}/${source} ${generated}/${source} @ONLY)
    add_custom_command(OUTPUT ${generated}/${source}.gz
                       COMMAND ${AERIAL_GZIP} -9nkf ${generated}/${source}
                       DEPENDS ${generated}/${source} ${linux_dir}/${source}
                       COMMENT "Compressing ${source}")
    list(APPEND compressed ${generated}/${source}.gz)
endforeach()
add_custom_target(aerial_package_docs ALL DEPENDS ${compressed})
install(FILES ${generated}/aerial.1.gz ${generated}/aerialctl.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${generated}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME aerial)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "Aerial developers <aerial@aerialwifi.github.io>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/aerialwifi/aerial")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain loads libsecret at run time, which dpkg-shlibdeps cannot see;
# without it there is no Secret Service and passwords are not kept.
set(CPACK_DEBIAN_PACKAGE_DEPENDS libsecret-1-0)
# Qt's own words (such as --help's headings) in German and Arabic; Aerial's
# are built in.
# A Secret Service keeps the passwords of this account's networks.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# A file under /etc is a conffile: a person's edits survive upgrades.
file(WRITE ${generated}/conffiles "/etc/xdg/autostart/${aerial_app_id}.desktop\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${generated}/conffiles)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "tray wireless manager with plain explanations")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Aerial lists wireless interfaces and the networks in range, and connects,\n"
    "disconnects, joins new and hidden networks and forgets them, from the tray\n"
    "or entirely from the keyboard, and works with screen readers. When the\n"
    "system refuses something, it says in plain words what happened, why, and\n"
    "what can be done. aerialctl does the same from a shell.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
include(CPack)
