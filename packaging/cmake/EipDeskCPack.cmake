# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings for every platform. Included last from packaging/CMakeLists.txt, after every
# install() rule of the project. Build the packages with `cpack` in the build directory.

set(CPACK_PACKAGE_NAME eipdesk)
set(CPACK_PACKAGE_VENDOR "The EIP Desk developers")
set(CPACK_PACKAGE_CONTACT "EIP Desk developers <eipdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop manager for Tencent Cloud Elastic IPs")
set(CPACK_PACKAGE_DESCRIPTION [=[EIP Desk lists the Elastic IPs (EIPs) of one Tencent Cloud region or of all
regions at once, and unbinds one or many of them, following each asynchronous
task until it really ends and explaining every error in words an operator can
act on. Secrets are kept in the system keychain (the Secret Service), never in
plain-text files; credentials can be imported from tccli and the SDKs.

The package also contains eipdesk-sandbox, a local emulator of the Tencent
Cloud API, so every feature can be tried without an account.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "EIP Desk")
set(CPACK_PACKAGE_EXECUTABLES eipdesk "EIP Desk")
set(CPACK_CREATE_DESKTOP_LINKS eipdesk)
set(CPACK_STRIP_FILES ON)
if(CMAKE_STRIP AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_EIPDESK_STRIP ${CMAKE_STRIP})
    set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_SOURCE_DIR}/cmake/StripBinaries.cmake)
endif()
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
endif()
# Directories in the packages are rwxr-xr-x whatever the umask of the packager.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set(eipdesk_arch x86_64)
else()
    string(TOLOWER ${CMAKE_SYSTEM_PROCESSOR} eipdesk_arch)
endif()
string(TOLOWER ${CMAKE_SYSTEM_NAME} eipdesk_system)
set(CPACK_PACKAGE_FILE_NAME "eipdesk-${PROJECT_VERSION}-${eipdesk_system}-${eipdesk_arch}")

# --- Debian ------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # eipdesk_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE ${EIPDESK_DEBIAN_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them (measured: the shared objects mapped by
# a running eipdesk, see tests/packaging/fresh-debian.sh): libsecret (QtKeychain opens it with
# dlopen), the SQLite driver (the journal), the SVG image and icon-engine plugins (icons). The
# X11 platform plugin is in libqt6gui6 (a shlibs dependency); qt6-qpa-plugins holds only the
# VNC and touch plugins on bookworm, so it is not needed.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, libqt6svg6")
# A Secret Service provider keeps the secrets; a CJK font draws Chinese (EIP names, the zh_CN
# interface), which a fresh system shows as boxes otherwise; the Wayland platform plugin for
# Wayland sessions (else Qt falls back to X11 with a warning); Qt's own strings in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, fonts-noto-cjk | fonts-wqy-microhei, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# --- RPM ---------------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT) # eipdesk-<version>-<release>.<arch>.rpm
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_SUMMARY "Desktop manager for Tencent Cloud Elastic IPs")
set(CPACK_RPM_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_RPM_CHANGELOG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/rpm/changelog)
# Installed under /usr only: the desktop entry, icons and man pages must be where the system
# looks for them, so the package cannot be relocated.
set(CPACK_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
# Fedora names of what is loaded at run time (see the Debian list above).
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret, qt6-qtbase-gui, qt6-qtsvg")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
# CPack has no variable for Recommends: tags in the preamble (the Debian Recommends above).
set(CPACK_RPM_SPEC_MORE_DEFINE
    "Recommends: (google-noto-sans-cjk-vf-fonts or google-noto-sans-cjk-ttc-fonts or wqy-microhei-fonts)\nRecommends: qt6-qtwayland\nRecommends: qt6-qttranslations")
find_program(EIPDESK_RPM_EXECUTABLE rpm)
# Directories owned by the filesystem and icon-theme packages, not by us.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/man
    /usr/share/man/man1
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS EIPDESK_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Windows -----------------------------------------------------------------------------------
# The UpgradeCode never changes: it lets a new MSI replace an installed older one.
set(CPACK_WIX_UPGRADE_GUID "6D3C8F0E-2B7A-4E51-9C4D-8A1F3E5B7C21")
set(CPACK_WIX_PRODUCT_ICON ${EIPDESK_WINDOWS_ICON})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "EIP Desk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPHELPLINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_PACKAGE_NAME "EIP Desk")
set(CPACK_NSIS_DISPLAY_NAME "EIP Desk")
set(CPACK_NSIS_MUI_ICON ${EIPDESK_WINDOWS_ICON})
set(CPACK_NSIS_MUI_UNIICON ${EIPDESK_WINDOWS_ICON})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\eipdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

# --- macOS -------------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "EIP Desk")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON ${EIPDESK_MACOS_ICON})
endif()

if(WIN32)
    set(CPACK_GENERATOR WIX NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB RPM TGZ)
endif()
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/out/" "/node_modules/")

# Per-generator adjustments (which install components each package carries).
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/cmake/CPackProjectConfig.cmake.in
    ${CMAKE_BINARY_DIR}/CPackProjectConfig.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/CPackProjectConfig.cmake)

include(CPack)
