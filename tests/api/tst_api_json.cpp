// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/jsonread.h"

#include "apitestutil.h"

#include <QTest>

using namespace rexec::api;
using rexec::test::jsonObject;
using rexec::test::jsonValue;

using OptInt = std::optional<qint64>;
using OptDouble = std::optional<double>;
using OptBool = std::optional<bool>;
using OptString = std::optional<QString>;

Q_DECLARE_METATYPE(OptInt)
Q_DECLARE_METATYPE(OptDouble)
Q_DECLARE_METATYPE(OptBool)
Q_DECLARE_METATYPE(OptString)

class TestApiJson : public QObject
{
    Q_OBJECT
private slots:
    void toInt64_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<OptInt>("expected");

        QTest::newRow("integer") << jsonValue("512") << OptInt(512);
        QTest::newRow("negative") << jsonValue("-3") << OptInt(-3);
        QTest::newRow("whole double") << jsonValue("512.0") << OptInt(512);
        QTest::newRow("fraction dropped") << jsonValue("512.9") << OptInt(512);
        QTest::newRow("negative fraction toward zero") << jsonValue("-2.7") << OptInt(-2);
        QTest::newRow("exponent") << jsonValue("1e3") << OptInt(1000);
        QTest::newRow("int64 max exactly") << jsonValue("9223372036854775807") << OptInt(std::numeric_limits<qint64>::max());
        QTest::newRow("int64 min exactly") << jsonValue("-9223372036854775808") << OptInt(std::numeric_limits<qint64>::min());
        QTest::newRow("2^53+1 exactly") << jsonValue("9007199254740993") << OptInt(9007199254740993LL);
        QTest::newRow("string") << jsonValue("\"512\"") << OptInt(512);
        QTest::newRow("padded string") << jsonValue("\" 2048 \"") << OptInt(2048);
        QTest::newRow("decimal string") << jsonValue("\"1.5\"") << OptInt(1);
        QTest::newRow("exponent string") << jsonValue("\"1e3\"") << OptInt(1000);

        QTest::newRow("beyond int64") << jsonValue("1e19") << OptInt();
        QTest::newRow("huge") << jsonValue("1e300") << OptInt();
        QTest::newRow("one past int64 max") << jsonValue("9223372036854775808") << OptInt();
        QTest::newRow("string past int64 max") << jsonValue("\"9223372036854775808\"") << OptInt();
        QTest::newRow("NaN string") << jsonValue("\"NaN\"") << OptInt();
        QTest::newRow("inf string") << jsonValue("\"inf\"") << OptInt();
        QTest::newRow("-Infinity string") << jsonValue("\"-Infinity\"") << OptInt();
        QTest::newRow("words") << jsonValue("\"lots\"") << OptInt();
        QTest::newRow("empty string") << jsonValue("\"\"") << OptInt();
        QTest::newRow("number then words") << jsonValue("\"12 apples\"") << OptInt();
        QTest::newRow("bool") << jsonValue("true") << OptInt();
        QTest::newRow("null") << jsonValue("null") << OptInt();
        QTest::newRow("array") << jsonValue("[1]") << OptInt();
        QTest::newRow("object") << jsonValue("{\"v\":1}") << OptInt();
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << OptInt();
    }

    void toInt64()
    {
        QFETCH(QJsonValue, input);
        QFETCH(OptInt, expected);
        QCOMPARE(json::toInt64(input), expected);
    }

    void toDouble_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<OptDouble>("expected");
        QTest::newRow("number") << jsonValue("12.5") << OptDouble(12.5);
        QTest::newRow("integer") << jsonValue("3") << OptDouble(3.0);
        QTest::newRow("string") << jsonValue("\"0.25\"") << OptDouble(0.25);
        QTest::newRow("huge but finite") << jsonValue("1e300") << OptDouble(1e300);
        QTest::newRow("NaN string") << jsonValue("\"nan\"") << OptDouble();
        QTest::newRow("inf string") << jsonValue("\"inf\"") << OptDouble();
        QTest::newRow("overflowing string") << jsonValue("\"1e999\"") << OptDouble();
        QTest::newRow("bool") << jsonValue("false") << OptDouble();
        QTest::newRow("null") << jsonValue("null") << OptDouble();
        QTest::newRow("object") << jsonValue("{}") << OptDouble();
    }

    void toDouble()
    {
        QFETCH(QJsonValue, input);
        QFETCH(OptDouble, expected);
        QCOMPARE(json::toDouble(input), expected);
    }

    void toBool_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<OptBool>("expected");
        QTest::newRow("true") << jsonValue("true") << OptBool(true);
        QTest::newRow("false") << jsonValue("false") << OptBool(false);
        QTest::newRow("string TRUE") << jsonValue("\"TRUE\"") << OptBool(true);
        QTest::newRow("string false") << jsonValue("\" false \"") << OptBool(false);
        QTest::newRow("one") << jsonValue("1") << OptBool(true);
        QTest::newRow("zero") << jsonValue("0") << OptBool(false);
        QTest::newRow("two") << jsonValue("2") << OptBool();
        QTest::newRow("yes") << jsonValue("\"yes\"") << OptBool();
        QTest::newRow("null") << jsonValue("null") << OptBool();
        QTest::newRow("array") << jsonValue("[true]") << OptBool();
    }

    void toBool()
    {
        QFETCH(QJsonValue, input);
        QFETCH(OptBool, expected);
        QCOMPARE(json::toBool(input), expected);
    }

    void toString_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<OptString>("expected");
        QTest::newRow("string") << jsonValue("\"abc\"") << OptString(QStringLiteral("abc"));
        QTest::newRow("empty string") << jsonValue("\"\"") << OptString(QString());
        QTest::newRow("integer id") << jsonValue("42") << OptString(QStringLiteral("42"));
        QTest::newRow("big integer id") << jsonValue("9007199254740993") << OptString(QStringLiteral("9007199254740993"));
        QTest::newRow("double") << jsonValue("1.5") << OptString(QStringLiteral("1.5"));
        QTest::newRow("double, shortest form") << jsonValue("0.1") << OptString(QStringLiteral("0.1"));
        QTest::newRow("bool") << jsonValue("true") << OptString();
        QTest::newRow("null") << jsonValue("null") << OptString();
        QTest::newRow("array") << jsonValue("[\"a\"]") << OptString();
        QTest::newRow("object") << jsonValue("{\"a\":1}") << OptString();
    }

    void toString()
    {
        QFETCH(QJsonValue, input);
        QFETCH(OptString, expected);
        QCOMPARE(json::toString(input), expected);
    }

    void toStringList()
    {
        QCOMPARE(json::toStringList(jsonValue("[\"a\", 1, \"b\", null, [\"c\"], {\"d\":1}]")),
                 QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(json::toStringList(jsonValue("\"solo\"")), QStringList{QStringLiteral("solo")});
        QVERIFY(json::toStringList(jsonValue("null")).isEmpty());
        QVERIFY(json::toStringList(jsonValue("{\"a\":\"b\"}")).isEmpty());
        QVERIFY(json::toStringList(jsonValue("7")).isEmpty());
    }

    void toStringMap()
    {
        const auto map = json::toStringMap(
                jsonValue(R"({"a":"1","b":2,"c":true,"d":null,"e":[1],"f":{},"g":1.5,"h":false})"));
        const QMap<QString, QString> expected{
                {QStringLiteral("a"), QStringLiteral("1")},
                {QStringLiteral("b"), QStringLiteral("2")},
                {QStringLiteral("c"), QStringLiteral("true")},
                {QStringLiteral("g"), QStringLiteral("1.5")},
                {QStringLiteral("h"), QStringLiteral("false")},
        };
        QCOMPARE(map, expected);
        QVERIFY(json::toStringMap(jsonValue("[[\"a\",\"b\"]]")).isEmpty());
        QVERIFY(json::toStringMap(jsonValue("\"a=b\"")).isEmpty());
    }

    void arrayAt()
    {
        const QJsonObject object = jsonObject(R"({"list":[1,2],"none":null,"text":"x","obj":{}})");
        QCOMPARE(json::arrayAt(object, QLatin1StringView("list")).size(), 2);
        QVERIFY(json::arrayAt(object, QLatin1StringView("none")).isEmpty());
        QVERIFY(json::arrayAt(object, QLatin1StringView("text")).isEmpty());
        QVERIFY(json::arrayAt(object, QLatin1StringView("obj")).isEmpty());
        QVERIFY(json::arrayAt(object, QLatin1StringView("missing")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_api_json.moc"
