// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/servertime.h"

#include "apitestutil.h"

#include <QTest>
#include <QTimeZone>

using namespace rexec::api;
using namespace std::chrono_literals;
using rexec::test::jsonValue;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::UTC);
}

} // namespace

class TestApiTime : public QObject
{
    Q_OBJECT
private slots:
    void serverTime_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<QDateTime>("expected");

        const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
        // RFC 3339 as Go writes it: 0 to 9 fractional digits, Z or an offset.
        QTest::newRow("nine digits") << s("2025-12-01T10:20:30.123456789Z") << utc(2025, 12, 1, 10, 20, 30, 123);
        QTest::newRow("nine nines do not round up") << s("2025-12-01T10:20:30.999999999Z")
                                                    << utc(2025, 12, 1, 10, 20, 30, 999);
        QTest::newRow("six digits") << s("2025-12-01T10:20:30.000001Z") << utc(2025, 12, 1, 10, 20, 30, 0);
        QTest::newRow("one digit") << s("2025-12-01T10:20:30.5Z") << utc(2025, 12, 1, 10, 20, 30, 500);
        QTest::newRow("two digits") << s("2025-12-01T10:20:30.12Z") << utc(2025, 12, 1, 10, 20, 30, 120);
        QTest::newRow("no fraction") << s("2025-12-01T10:20:30Z") << utc(2025, 12, 1, 10, 20, 30);
        QTest::newRow("lower-case t and z") << s("2025-12-01t10:20:30z") << utc(2025, 12, 1, 10, 20, 30);
        QTest::newRow("positive offset") << s("2025-12-01T10:20:30+02:00") << utc(2025, 12, 1, 8, 20, 30);
        QTest::newRow("negative half-hour offset")
                << s("2025-12-01T10:20:30.123456-05:30") << utc(2025, 12, 1, 15, 50, 30, 123);
        QTest::newRow("offset crosses midnight") << s("2025-01-01T00:30:00+01:00") << utc(2024, 12, 31, 23, 30, 0);
        QTest::newRow("bare time is UTC") << s("2025-12-01T10:20:30") << utc(2025, 12, 1, 10, 20, 30);
        QTest::newRow("bare time with fraction") << s("2025-12-01T10:20:30.250") << utc(2025, 12, 1, 10, 20, 30, 250);
        QTest::newRow("leap day") << s("2024-02-29T12:00:00Z") << utc(2024, 2, 29, 12, 0, 0);
        QTest::newRow("surrounding spaces") << s("  2025-12-01T10:20:30Z ") << utc(2025, 12, 1, 10, 20, 30);
        // user.expires_at in /api/profile.
        QTest::newRow("unix seconds") << QJsonValue(qint64(1764584430)) << utc(2025, 12, 1, 10, 20, 30);
        QTest::newRow("unix seconds as string") << s("1764584430") << utc(2025, 12, 1, 10, 20, 30);
        QTest::newRow("unix seconds, fraction dropped") << QJsonValue(1764584430.75) << utc(2025, 12, 1, 10, 20, 30);

        // "Never" and everything unreadable is invalid.
        const QDateTime never;
        QTest::newRow("go zero time") << s("0001-01-01T00:00:00Z") << never;
        QTest::newRow("go zero time with offset") << s("0001-01-01T00:00:00+00:00") << never;
        QTest::newRow("go zero time with nanos") << s("0001-01-01T00:00:00.000000000Z") << never;
        QTest::newRow("empty") << s("") << never;
        QTest::newRow("garbage") << s("yesterday") << never;
        QTest::newRow("NaN") << s("NaN") << never;
        QTest::newRow("date only") << s("2025-12-01") << never;
        QTest::newRow("month 13") << s("2025-13-01T00:00:00Z") << never;
        QTest::newRow("february 30") << s("2025-02-30T00:00:00Z") << never;
        QTest::newRow("hour 24") << s("2025-12-01T24:00:00Z") << never;
        QTest::newRow("leap second") << s("2025-12-31T23:59:60Z") << never;
        QTest::newRow("ten fraction digits") << s("2025-12-01T10:20:30.1234567890Z") << never;
        QTest::newRow("dot without digits") << s("2025-12-01T10:20:30.Z") << never;
        QTest::newRow("short offset") << s("2025-12-01T10:20:30+2:00") << never;
        QTest::newRow("offset hour 24") << s("2025-12-01T10:20:30+24:00") << never;
        QTest::newRow("offset without colon") << s("2025-12-01T10:20:30+0200") << never;
        QTest::newRow("trailing junk") << s("2025-12-01T10:20:30Zjunk") << never;
        QTest::newRow("non-ascii digits") << s("\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa5-12-01T10:20:30Z") << never;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << never;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << never;
        QTest::newRow("bool") << QJsonValue(true) << never;
        QTest::newRow("array") << QJsonValue(QJsonArray{1, 2}) << never;
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("t"), 1}}) << never;
        QTest::newRow("zero seconds") << QJsonValue(0) << never;
        QTest::newRow("negative seconds") << QJsonValue(-5) << never;
        QTest::newRow("seconds past year 9999") << QJsonValue(qint64(253402300800)) << never;
        QTest::newRow("huge number") << jsonValue("1e300") << never;
        QTest::newRow("huge digit string") << s("99999999999999999999999") << never;
    }

    void serverTime()
    {
        QFETCH(QJsonValue, input);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseServerTime(input);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void goDuration_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("ms");

        QTest::newRow("1m0s, the server's Retry-After") << QByteArray("1m0s") << true << qint64(60000);
        QTest::newRow("1h2m3.5s") << QByteArray("1h2m3.5s") << true << qint64(3723500);
        QTest::newRow("500ms") << QByteArray("500ms") << true << qint64(500);
        QTest::newRow("2m") << QByteArray("2m") << true << qint64(120000);
        QTest::newRow("1.5s") << QByteArray("1.5s") << true << qint64(1500);
        QTest::newRow("90s") << QByteArray("90s") << true << qint64(90000);
        QTest::newRow("2h45m") << QByteArray("2h45m") << true << qint64(9900000);
        QTest::newRow("0") << QByteArray("0") << true << qint64(0);
        QTest::newRow("0s") << QByteArray("0s") << true << qint64(0);
        QTest::newRow(".5s") << QByteArray(".5s") << true << qint64(500);
        QTest::newRow("1.s") << QByteArray("1.s") << true << qint64(1000);
        QTest::newRow("+5s") << QByteArray("+5s") << true << qint64(5000);
        QTest::newRow("-1.5h") << QByteArray("-1.5h") << true << qint64(-5400000);
        QTest::newRow("1ns rounds up") << QByteArray("1ns") << true << qint64(1);
        QTest::newRow("300us rounds up") << QByteArray("300us") << true << qint64(1);
        QTest::newRow("1500us") << QByteArray("1500us") << true << qint64(2);
        QTest::newRow("micro sign") << QByteArray("2000\xc2\xb5s") << true << qint64(2);
        QTest::newRow("greek mu") << QByteArray("3000\xce\xbcs") << true << qint64(3);
        QTest::newRow("1m30.25s") << QByteArray("1m30.25s") << true << qint64(90250);
        QTest::newRow("many fraction digits") << QByteArray("1.0000000000000000000000001s") << true << qint64(1000);
        QTest::newRow("largest hours") << QByteArray("2562047h") << true << qint64(2562047LL * 3600 * 1000);

        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("sign only") << QByteArray("-") << false << qint64(0);
        QTest::newRow("unit only") << QByteArray("s") << false << qint64(0);
        QTest::newRow("number without unit") << QByteArray("1") << false << qint64(0);
        QTest::newRow("fraction without unit") << QByteArray("1.5") << false << qint64(0);
        QTest::newRow("unknown unit") << QByteArray("1x") << false << qint64(0);
        QTest::newRow("days are not go") << QByteArray("1d") << false << qint64(0);
        QTest::newRow("trailing number") << QByteArray("1m0") << false << qint64(0);
        QTest::newRow("dot without digits") << QByteArray(".s") << false << qint64(0);
        QTest::newRow("two dots") << QByteArray("1.5.5s") << false << qint64(0);
        QTest::newRow("double sign") << QByteArray("--1s") << false << qint64(0);
        QTest::newRow("inner space") << QByteArray("1 s") << false << qint64(0);
        QTest::newRow("words") << QByteArray("soon") << false << qint64(0);
        QTest::newRow("hours overflow") << QByteArray("2562048h") << false << qint64(0);
        QTest::newRow("digits overflow") << QByteArray("99999999999999999999s") << false << qint64(0);
        QTest::newRow("sum overflows") << QByteArray("2562047h2562047h") << false << qint64(0);
    }

    void goDuration()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, valid);
        QFETCH(qint64, ms);
        const auto parsed = parseGoDuration(input);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->count(), ms);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("ms");

        QTest::newRow("integer seconds") << QByteArray("60") << true << qint64(60000);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("padded") << QByteArray("  120\r\n") << true << qint64(120000);
        QTest::newRow("go duration 1m0s") << QByteArray("1m0s") << true << qint64(60000);
        QTest::newRow("go duration 1h2m3.5s") << QByteArray("1h2m3.5s") << true << qint64(3723500);
        QTest::newRow("go duration 500ms") << QByteArray("500ms") << true << qint64(500);
        QTest::newRow("go duration 1.5s") << QByteArray("1.5s") << true << qint64(1500);
        QTest::newRow("http date a minute ahead") << QByteArray("Wed, 21 Oct 2015 07:29:00 GMT") << true << qint64(60000);
        QTest::newRow("http date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << true << qint64(0);

        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("blank") << QByteArray("   ") << false << qint64(0);
        QTest::newRow("negative seconds") << QByteArray("-5") << false << qint64(0);
        QTest::newRow("negative duration") << QByteArray("-1m") << false << qint64(0);
        QTest::newRow("fraction without unit") << QByteArray("1.5") << false << qint64(0);
        QTest::newRow("seconds overflow") << QByteArray("99999999999999999999") << false << qint64(0);
        QTest::newRow("seconds overflow in ms") << QByteArray("9223372036854776") << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("later, please") << false << qint64(0);
        QTest::newRow("bad http date") << QByteArray("Wed, 32 Oct 2015 07:29:00 GMT") << false << qint64(0);
        QTest::newRow("http date not GMT") << QByteArray("Wed, 21 Oct 2015 07:29:00 CET") << false << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, valid);
        QFETCH(qint64, ms);
        const QDateTime now = utc(2015, 10, 21, 7, 28, 0);
        const auto parsed = parseRetryAfter(input, now);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->count(), ms);
    }

    void retryAfterDefaultsToNow()
    {
        // Without an explicit `now`, an HTTP-date in the past still gives 0, not a negative wait.
        const auto parsed = parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT");
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, 0ms);
    }
};

QTEST_GUILESS_MAIN(TestApiTime)
#include "tst_api_time.moc"
