# Warnings, Qt macros and sanitizers shared by every target of the project.
add_library(gantry_common INTERFACE)
target_compile_options(gantry_common INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(gantry_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    GANTRY_VERSION="${PROJECT_VERSION}")

if(GANTRY_SANITIZE)
    target_compile_options(gantry_common INTERFACE
        -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(gantry_common INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()

# lld (or else gold) links the test executables (a static ui library with debug info each) in
# a fraction of the time of the default linker. gold does not know the symbols clang's
# AddressSanitizer adds, hence lld first.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld GANTRY_HAS_LLD)
check_linker_flag(CXX -fuse-ld=gold GANTRY_HAS_GOLD)
if(GANTRY_HAS_LLD)
    target_link_options(gantry_common INTERFACE -fuse-ld=lld)
elseif(GANTRY_HAS_GOLD)
    target_link_options(gantry_common INTERFACE -fuse-ld=gold)
endif()
