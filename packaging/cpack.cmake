# Installer packages. Linux: `cpack -G DEB` (and RPM where rpmbuild exists) from the build dir.
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.coro.Coro.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.coro.Coro.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/org.coro.Coro.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME "coro")
set(CPACK_PACKAGE_VENDOR "Coro")
set(CPACK_PACKAGE_CONTACT "Coro developers <coro@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Coro")
set(CPACK_STRIP_FILES ON)

# shlibdeps sees linked libraries; QML imports and the SQLite plugin are loaded at run time,
# so they are named by hand (TOOLCHAIN.md).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qt-labs-qmlmodels, libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, libsecret-1-0, libjs-highlight.js, bubblewrap")
# The workspace runs what answers contain: Python 3 and shell always, JavaScript where node is.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nodejs")
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtdeclarative, qt6-qtbase-gui, qt6-qtsvg, libsecret, bubblewrap")

include(CPack)
