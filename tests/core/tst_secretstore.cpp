// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips through the real Secret Service of the test harness (gnome-keyring on a private bus).
#include "accounts/secretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using rexec::SecretResult;
using rexec::SecretStore;

class TestSecretStore : public QObject
{
    Q_OBJECT

    // Runs one store call and waits for its callback.
    template<typename Call>
    SecretResult await(Call call)
    {
        std::optional<SecretResult> result;
        call([&result](const SecretResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return SecretResult{SecretResult::Status::Failed, {}, QStringLiteral("timed out")};
        return *result;
    }

private slots:
    void roundTrip()
    {
        SecretStore store(QStringLiteral("rexec-desktop-test"));
        const QString key = QStringLiteral("profile-1");
        const QString token = QStringLiteral("rexec_") + QString(64, QLatin1Char('a'));

        auto written = await([&](auto done) { store.write(key, token, this, done); });
        QVERIFY2(written.ok(), qPrintable(written.message));

        auto read = await([&](auto done) { store.read(key, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, token);

        auto removed = await([&](auto done) { store.remove(key, this, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));

        auto gone = await([&](auto done) { store.read(key, this, done); });
        QCOMPARE(gone.status, SecretResult::Status::NotFound);
        QVERIFY(gone.secret.isEmpty());
    }

    void entriesAreSeparatePerKey()
    {
        SecretStore store(QStringLiteral("rexec-desktop-test"));
        // Queued back to back: the store runs them one after another, in order.
        std::vector<SecretResult> results;
        auto collect = [&results](const SecretResult &r) { results.push_back(r); };
        store.write(QStringLiteral("a"), QStringLiteral("first"), this, collect);
        store.write(QStringLiteral("b"), QStringLiteral("second"), this, collect);
        store.read(QStringLiteral("a"), this, collect);
        store.read(QStringLiteral("b"), this, collect);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), size_t(4), 15000);
        for (const auto &r : results)
            QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(results[2].secret, QStringLiteral("first"));
        QCOMPARE(results[3].secret, QStringLiteral("second"));
    }

    void callbackDroppedWithItsContext()
    {
        SecretStore store(QStringLiteral("rexec-desktop-test"));
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("missing"), context, [&called](const SecretResult &) { called = true; });
        delete context;
        bool after = false;
        store.read(QStringLiteral("missing"), this, [&after](const SecretResult &) { after = true; });
        QTRY_VERIFY_WITH_TIMEOUT(after, 15000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
