# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS specifics: the application icon in the formats those platforms want, the
# macOS application bundle (Info.plist + .icns) and the deployment of the Qt runtime next to the
# executable. Included from packaging/CMakeLists.txt; appends to `generated_files`.

if(WIN32)
    # One 256 px image in an .ico (Windows scales it down); Qt's ICO plugin writes it.
    set(EIPDESK_WINDOWS_ICON ${CMAKE_CURRENT_BINARY_DIR}/icons/eipdesk.ico)
    eipdesk_render_icon(${EIPDESK_WINDOWS_ICON} 256)
    list(APPEND generated_files ${EIPDESK_WINDOWS_ICON})
    # The executable's own icon (Explorer, taskbar), as a Windows resource.
    set(icon_rc ${CMAKE_CURRENT_BINARY_DIR}/icons/eipdesk_icon.rc)
    file(CONFIGURE OUTPUT ${icon_rc} CONTENT "IDI_ICON1 ICON \"${EIPDESK_WINDOWS_ICON}\"\n")
    target_sources(eipdesk PRIVATE ${icon_rc})
    set_source_files_properties(${icon_rc} TARGET_DIRECTORY eipdesk PROPERTIES
        OBJECT_DEPENDS ${EIPDESK_WINDOWS_ICON})
endif()

if(APPLE)
    # An .iconset rendered from the SVG, turned into eipdesk.icns by iconutil.
    find_program(EIPDESK_ICONUTIL iconutil REQUIRED)
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/icons/eipdesk.iconset)
    set(EIPDESK_MACOS_ICON ${CMAKE_CURRENT_BINARY_DIR}/icons/eipdesk.icns)
    set(iconset_files)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        eipdesk_render_icon(${iconset}/icon_${size}x${size}.png ${size})
        eipdesk_render_icon(${iconset}/icon_${size}x${size}@2x.png ${double})
        list(APPEND iconset_files
            ${iconset}/icon_${size}x${size}.png ${iconset}/icon_${size}x${size}@2x.png)
    endforeach()
    add_custom_command(OUTPUT ${EIPDESK_MACOS_ICON}
        COMMAND ${EIPDESK_ICONUTIL} -c icns -o ${EIPDESK_MACOS_ICON} ${iconset}
        DEPENDS ${iconset_files}
        COMMENT "Building eipdesk.icns"
        VERBATIM)
    list(APPEND generated_files ${EIPDESK_MACOS_ICON})

    # The DragNDrop package holds "eipdesk.app"; its Info.plist comes from our template.
    target_sources(eipdesk PRIVATE ${EIPDESK_MACOS_ICON})
    set_source_files_properties(${EIPDESK_MACOS_ICON} TARGET_DIRECTORY eipdesk PROPERTIES
        GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(eipdesk PROPERTIES
        MACOSX_BUNDLE TRUE
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME "EIP Desk"
        MACOSX_BUNDLE_GUI_IDENTIFIER ${EIPDESK_APP_ID}
        MACOSX_BUNDLE_ICON_FILE eipdesk.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The EIP Desk developers. GPL-3.0-or-later.")
endif()

if(WIN32 OR APPLE)
    # Qt libraries and plugins next to the executable (windeployqt / macdeployqt). The plugins
    # Qt loads at run time (SVG image and icon engines, SQLite) are part of what they copy.
    qt_generate_deploy_app_script(TARGET eipdesk
        FILENAME_VARIABLE eipdesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${eipdesk_deploy_script})
endif()
