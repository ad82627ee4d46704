# Precompiled Qt headers: most of a Gantry translation unit's compile time is spent parsing
# the same Qt headers again. One header set per layer; the tests share one precompiled
# header (see tests/CMakeLists.txt).
option(GANTRY_PCH "Precompile the Qt headers" ON)

# gantry_precompile(target CORE|GUI|TESTS)
function(gantry_precompile target kind)
    if(NOT GANTRY_PCH)
        return()
    endif()
    set(headers <QByteArray> <QHash> <QList> <QObject> <QPointer> <QString> <QStringList>
        <QVariant> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <functional>
        <memory> <optional> <vector>)
    if(kind STREQUAL "GUI" OR kind STREQUAL "TESTS")
        list(APPEND headers <QtWidgets>)
    endif()
    if(kind STREQUAL "TESTS")
        list(APPEND headers <QtTest> <QProcess> <QSignalSpy> <QAbstractItemModelTester>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
