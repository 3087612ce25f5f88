// SPDX-License-Identifier: GPL-3.0-or-later
// Starting a profile the second time (issue 16, item 1): the real window and session over the
// in-process sandbox (real HTTP, 150 ms latency) with a real cache directory. The first start
// reads the region list and, at the same time, the first page of every region (two round
// trips); the second one sends every page of every region before the first reply: one round
// trip. On request (Preferences) the rows of last time are shown, greyed and dated, until the
// fresh ones land. The cache file holds no secret; a damaged one is ignored.
#include "core/SystemClock.h"
#include "credentials/ProfileStore.h"
#include "inventory/InventoryCache.h"
#include "inventory/InventoryStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"
#include "session/AccountContext.h"
#include "session/AppPreferences.h"
#include "session/Session.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainWindow.h"
#include "ui/RegionSelector.h"
#include "ui/widgets/MessageBanner.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace eipdesk;

namespace {
constexpr int Timeout = 30000;

// A real network access manager that records, in order, each request sent and each reply
// finished, by X-TC-Action (and region).
class OrderingNetwork : public QNetworkAccessManager {
public:
    QStringList events; // "send DescribeAddresses ap-x", "reply DescribeRegions ", ...

    int indexOf(const QString& prefix, int from = 0) const {
        for (int i = from; i < events.size(); ++i)
            if (events.at(i).startsWith(prefix))
                return i;
        return -1;
    }
    int lastIndexOf(const QString& prefix) const {
        for (int i = int(events.size()) - 1; i >= 0; --i)
            if (events.at(i).startsWith(prefix))
                return i;
        return -1;
    }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* data) override {
        const QString what = QString::fromLatin1(request.rawHeader("X-TC-Action")) +
                             QLatin1Char(' ') +
                             QString::fromLatin1(request.rawHeader("X-TC-Region"));
        events << QStringLiteral("send ") + what;
        QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::finished, this,
                [this, what] { events << QStringLiteral("reply ") + what; });
        return reply;
    }
};
} // namespace

class TestWarmStart : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    OrderingNetwork m_network;
    SystemClock m_clock;
    QTemporaryDir m_cache;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    Session::ProfileCheck m_profileCheck; // unset: every profile exists

    int total() const {
        int n = 0;
        for (const QString& r : m_sandbox->world()->regionIds())
            n += int(m_sandbox->world()->region(r)->addresses.size());
        return n;
    }
    // The DescribeAddresses pages (100 EIPs each) a whole read of `region` takes.
    int pagesOf(const QString& region) const {
        return (int(m_sandbox->world()->region(region)->addresses.size()) + 99) / 100;
    }
    // A fresh session and window (as at a start of the application), then the profile opened.
    bool start(bool keepRows, QSignalSpy** finished) {
        m_window.reset();
        m_session = std::make_unique<Session>(&m_network, &m_clock);
        m_session->setCacheDirectory(m_cache.path(), keepRows);
        m_session->setProfileCheck(m_profileCheck);
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        *finished = new QSignalSpy(m_window.get(), &MainWindow::loadFinished);
        m_network.events.clear();
        Profile p;
        p.id = QStringLiteral("sandbox-warm");
        p.name = QStringLiteral("Sandbox");
        p.isSandbox = true;
        p.secretId = m_sandbox->secretId();
        p.defaultRegion = m_sandbox->firstRegion();
        m_session->activate(p, m_sandbox->credentials(), m_sandbox->endpoints());
        return true;
    }
    // A start without the rows kept, until the load has finished and the cache file is written.
    bool loadUntilCached(std::unique_ptr<QSignalSpy>* finished) {
        QSignalSpy* spy = nullptr;
        start(false, &spy);
        finished->reset(spy);
        return QTest::qWaitFor(
            [&] { return spy->size() == 1 && InventoryCache(cacheFile()).read().has_value(); },
            Timeout);
    }
    // A start with the rows kept, until the load has finished and both cache files are written.
    bool loadAndKeep(std::unique_ptr<QSignalSpy>* finished) {
        QSignalSpy* spy = nullptr;
        start(true, &spy);
        finished->reset(spy);
        const InventoryCache cache(cacheFile());
        return QTest::qWaitFor(
            [&] {
                return spy->size() == 1 && QFile::exists(cache.path()) &&
                       QFile::exists(cache.rowsPath());
            },
            Timeout);
    }
    QString cacheFile() const {
        return InventoryCache::pathFor(m_cache.path(), QStringLiteral("sandbox-warm"));
    }

private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        qRegisterMetaType<LoadProgress>();
        sandbox::SandboxConfig config = test::SandboxFixture::defaultConfig();
        config.addresses = 1600;
        config.regions = 4;
        config.latencyMs = 150;
        m_sandbox = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_cache.isValid());
    }
    void init() {
        QSettings().clear();
        InventoryCache(cacheFile()).remove();
        AppPreferences prefs;
        prefs.regionView = AppPreferences::RegionView::AllRegions;
        prefs.save();
    }
    void cleanup() {
        m_profileCheck = {};
        m_sandbox->faults()->setLatency(150, 0);
        m_window.reset();
        m_session.reset();
    }

    // Cold, all regions: the first page of every region Tencent lists (the profile's default
    // region among them) goes out with DescribeRegions, so the load is two round trips (the
    // list and the first pages, then the rest), as for a script that is given the regions. A
    // guessed region the account does not have is answered with an error that is dropped: no
    // page is read twice, no region is added, and no error is shown.
    void coldAllRegionsAsksEveryFirstPageWithTheList() {
        QSignalSpy* finished = nullptr;
        QVERIFY(start(false, &finished));
        std::unique_ptr<QSignalSpy> owner(finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(m_window->inventory()->model()->rowCount(), total());
        const QString log = m_network.events.join(u'\n');
        const int listReply = m_network.indexOf(QStringLiteral("reply DescribeRegions"));
        QVERIFY(listReply > 0);
        const QStringList regions = m_sandbox->world()->regionIds();
        QCOMPARE(regions.size(), 4);
        int pages = 0;
        for (const QString& r : regions) {
            const QString send = QStringLiteral("send DescribeAddresses ") + r;
            const int first = int(m_network.events.indexOf(send));
            QVERIFY2(first >= 0 && first < listReply, qPrintable(r + QLatin1Char('\n') + log));
            pages += pagesOf(r);
            QCOMPARE(int(m_network.events.count(send)), pagesOf(r));
        }
        QVERIFY(pages > int(regions.size())); // some region has more than one page
        QCOMPARE(m_window->inventory()->regions().size(), regions.size());
        QVERIFY(m_window->inventory()->regionErrors().isEmpty());
        auto* banner = m_window->findChild<MessageBanner*>();
        QVERIFY(banner && !banner->isVisible());
        // Written off the window's thread when the load ends.
        QTRY_VERIFY_WITH_TIMEOUT(InventoryCache(cacheFile()).read().has_value(), Timeout);
    }

    // Warm: every DescribeAddresses of every region is sent before the first one is answered,
    // and nothing waits for DescribeRegions. The file holds no secret.
    void warmStartIsOneRoundTrip() {
        std::unique_ptr<QSignalSpy> first;
        QVERIFY(loadUntilCached(&first));
        QSignalSpy* finished = nullptr;
        QFile file(cacheFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(m_sandbox->secretKey().toUtf8()));
        QVERIFY(!bytes.contains(m_sandbox->secretId().toUtf8()));
        QVERIFY(!bytes.contains("AddressId")); // rows only when asked for

        QVERIFY(start(false, &finished));
        std::unique_ptr<QSignalSpy> second(finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(m_window->inventory()->model()->rowCount(), total());
        const int firstAnswer = m_network.indexOf(QStringLiteral("reply DescribeAddresses"));
        const int lastSend = m_network.lastIndexOf(QStringLiteral("send DescribeAddresses"));
        const int listReply = m_network.indexOf(QStringLiteral("reply DescribeRegions"));
        QVERIFY2(lastSend < firstAnswer, qPrintable(m_network.events.join(u'\n')));
        QVERIFY2(lastSend < listReply, qPrintable(m_network.events.join(u'\n')));
        int pages = 0;
        for (const QString& r : m_sandbox->world()->regionIds())
            pages += pagesOf(r);
        QCOMPARE(int(m_network.events.filter(QStringLiteral("send DescribeAddresses")).size()),
                 pages);
    }

    // Warm, the pages leave while the profile opens, as cold's first pages do: not one pass of
    // the event loop later, after the window has laid out the remembered region list and
    // written the region choice to its settings file. The first region's pages are handed to
    // the network before activate() returns; the load the region list then starts sends no
    // page twice.
    void warmPagesLeaveWhileTheProfileOpens() {
        std::unique_ptr<QSignalSpy> first;
        QVERIFY(loadUntilCached(&first));
        QSignalSpy* finished = nullptr;

        QVERIFY(start(false, &finished)); // returns when activate() has
        std::unique_ptr<QSignalSpy> second(finished);
        const QStringList sentDuringActivation =
            m_network.events.filter(QStringLiteral("send DescribeAddresses"));
        const QString opening = m_sandbox->firstRegion(); // the profile's default region
        QCOMPARE(int(sentDuringActivation.size()), pagesOf(opening));
        QVERIFY2(sentDuringActivation.constFirst().endsWith(opening),
                 qPrintable(sentDuringActivation.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(m_window->inventory()->model()->rowCount(), total());
        int pages = 0;
        for (const QString& r : m_sandbox->world()->regionIds()) {
            pages += pagesOf(r);
            QCOMPARE(int(m_network.events.count(QStringLiteral("send DescribeAddresses ") + r)),
                     pagesOf(r));
        }
        QCOMPARE(int(m_network.events.filter(QStringLiteral("send DescribeAddresses")).size()),
                 pages);
        const int firstAnswer = m_network.indexOf(QStringLiteral("reply DescribeAddresses"));
        const int lastSend = m_network.lastIndexOf(QStringLiteral("send DescribeAddresses"));
        QVERIFY2(lastSend < firstAnswer, qPrintable(m_network.events.join(u'\n')));
    }

    // The one-region view remembered (Preferences: the last view): a warm start sends that
    // region's pages, as many as it had last time, while the profile opens, and no other
    // region's.
    void warmOneRegionViewSendsItsPagesWhileTheProfileOpens() {
        AppPreferences prefs;
        prefs.regionView = AppPreferences::RegionView::Remember;
        prefs.save();
        QString region;
        for (const QString& r : m_sandbox->world()->regionIds())
            if (r != m_sandbox->firstRegion() && pagesOf(r) > 1)
                region = r;
        QVERIFY(!region.isEmpty()); // not the default region, and more than one page
        QSettings().setValue(QStringLiteral("view/region/sandbox-warm"), region);
        std::unique_ptr<QSignalSpy> first;
        QVERIFY(loadUntilCached(&first));
        QSignalSpy* finished = nullptr;

        QVERIFY(start(false, &finished)); // returns when activate() has
        std::unique_ptr<QSignalSpy> second(finished);
        QCOMPARE(int(m_network.events.filter(QStringLiteral("send DescribeAddresses")).size()),
                 pagesOf(region));
        QCOMPARE(int(m_network.events.count(QStringLiteral("send DescribeAddresses ") + region)),
                 pagesOf(region));
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(m_window->inventory()->model()->rowCount(),
                 int(m_sandbox->world()->region(region)->addresses.size()));
        // The load the region list starts adopts those pages: none is sent again.
        QVERIFY2(m_network.events.filter(QStringLiteral("send DescribeAddresses")).size() ==
                     pagesOf(region),
                 qPrintable(m_network.events.join(u'\n')));
    }

    // A start on the view the window remembers leaves its settings file alone. Writing it takes
    // a lock file, a temporary file and a rename: 3-5 ms on this project's VM, on the window's
    // thread, at the start of a load or, cold, as its first pages come back (perf showed the thread
    // blocked there). The choice is written when it changes.
    void unchangedRegionChoiceIsNotWrittenAgain() {
        QSignalSpy* finished = nullptr;
        QVERIFY(start(false, &finished));
        std::unique_ptr<QSignalSpy> first(finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        const QString key = QStringLiteral("view/region/sandbox-warm");
        QCOMPARE(QSettings().value(key).toString(), RegionSelector::allRegionsKey());
        m_window.reset(); // what a window writes when it closes is not this test's
        const QString file = QSettings().fileName();
        const QDateTime old(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }

        QVERIFY(start(false, &finished));
        std::unique_ptr<QSignalSpy> second(finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(m_window->inventory()->model()->rowCount(), total());
        QCOMPARE(QFileInfo(file).lastModified().toUTC(), old);

        // Another view is written.
        m_window->findChild<RegionSelector*>()->selectRegion(m_sandbox->firstRegion());
        QTRY_COMPARE_WITH_TIMEOUT(QSettings().value(key).toString(), m_sandbox->firstRegion(),
                                  Timeout);
        QVERIFY(QFileInfo(file).lastModified().toUTC() > old);
    }

    // Asked for: the rows of last time at once, greyed and dated, with a banner; the fresh
    // read replaces them and the banner goes.
    void cachedRowsShownUntilFreshOnesLand() {
        QSignalSpy* finished = nullptr;
        QVERIFY(start(true, &finished));
        std::unique_ptr<QSignalSpy> first(finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        // Replies held back 3 s (not 150 ms): the cached rows come before them even on a slow,
        // sanitized build, where reading the file took 130 ms.
        m_sandbox->faults()->setLatency(3000, 0);
        QVERIFY(start(true, &finished));
        std::unique_ptr<QSignalSpy> second(finished);
        AddressTableModel* model = m_window->inventory()->model();
        // Before any reply: the cached rows are there, stale-marked.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == total() ||
                                     m_network.indexOf(QStringLiteral("reply ")) >= 0,
                                 Timeout);
        QVERIFY(m_network.indexOf(QStringLiteral("reply ")) < 0);
        QCOMPARE(model->rowCount(), total());
        const QModelIndex i = model->index(0, 0);
        QVERIFY(model->data(i, AddressTableModel::StaleRole).toDateTime().isValid());
        QVERIFY(model->data(i, Qt::ToolTipRole).toString().startsWith(QStringLiteral("From ")));
        auto* banner = m_window->findChild<MessageBanner*>();
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Info);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(model->rowCount(), total());
        QVERIFY(
            !model->data(model->index(0, 0), AddressTableModel::StaleRole).toDateTime().isValid());
        QVERIFY(!banner->isVisible());
    }

    // Without the preference the rows wait for fresh data, even when the file has rows.
    void cachedRowsNotShownUnlessAsked() {
        QSignalSpy* finished = nullptr;
        QVERIFY(start(true, &finished));
        std::unique_ptr<QSignalSpy> first(finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QVERIFY(start(false, &finished));
        std::unique_ptr<QSignalSpy> second(finished);
        QTest::qWait(50);
        QCOMPARE(m_window->inventory()->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(m_window->inventory()->model()->rowCount(), total());
    }

    // Deleting the profile in use: its cache files go (after any write still queued) and no
    // later read of that session writes them again.
    void forgettingTheActiveProfileRemovesItsCache() {
        std::unique_ptr<QSignalSpy> finished;
        QVERIFY(loadAndKeep(&finished));
        const InventoryCache cache(cacheFile());
        m_session->forgetProfile(QStringLiteral("sandbox-warm"));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(cache.path()) && !QFile::exists(cache.rowsPath()),
                                 Timeout);
        m_session->context()->inventory()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 2, Timeout);
        QTest::qWait(200); // the writer thread would have written by now
        QVERIFY(!QFile::exists(cache.path()));
        QVERIFY(!QFile::exists(cache.rowsPath()));
    }

    // Another process (`eipdesk profiles remove`) deletes the profile this window has open,
    // and its cache files: the window's next load must not write them back.
    void profileRemovedByAnotherProcessIsNotCachedAgain() {
        QTemporaryDir config;
        const QString ini = config.filePath(QStringLiteral("profiles.ini"));
        const QString id = QStringLiteral("sandbox-warm");
        auto saveProfile = [&] {
            Profile p;
            p.id = id;
            p.name = QStringLiteral("Sandbox");
            p.isSandbox = true;
            return ProfileStore(ini, nullptr).save(p) == id;
        };
        QVERIFY(saveProfile());
        m_profileCheck = [ini](const QString& profileId) {
            return ProfileStore(ini, nullptr).contains(profileId);
        };
        std::unique_ptr<QSignalSpy> finished;
        QVERIFY(loadAndKeep(&finished));
        const InventoryCache cache(cacheFile());
        QVERIFY(ProfileStore(ini, nullptr).remove(id)); // what the other process does
        QVERIFY(cache.remove());
        m_session->context()->inventory()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 2, Timeout);
        QTest::qWait(200); // the writer thread would have written by now
        QVERIFY(!QFile::exists(cache.path()));
        QVERIFY(!QFile::exists(cache.rowsPath()));
        // Once the profile is there again, it is cached as before.
        QVERIFY(saveProfile());
        m_session->context()->inventory()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 3 && QFile::exists(cache.path()), Timeout);
    }

    // A profile not in use (deleted from the Profiles dialog while another one is open): its
    // files go at once; another profile's stay.
    void forgettingAnotherProfileRemovesOnlyItsCache() {
        std::unique_ptr<QSignalSpy> finished;
        QVERIFY(loadAndKeep(&finished));
        const InventoryCache mine(cacheFile());
        const InventoryCache other(
            InventoryCache::pathFor(m_cache.path(), QStringLiteral("other-profile")));
        QVERIFY(QFile::copy(mine.path(), other.path()));
        m_session->forgetProfile(QStringLiteral("other-profile"));
        QVERIFY(!QFile::exists(other.path()));
        QVERIFY(QFile::exists(mine.path()));
    }

    // A damaged file: ignored, the start is a cold one and the file is written anew.
    void damagedCacheIsIgnored() {
        QVERIFY(QDir().mkpath(QFileInfo(cacheFile()).absolutePath()));
        QFile f(cacheFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"Format\":\"eipdesk-inventory-cache\",\"Version\":1,\"Regions\":[{\"Region\":\"."
                "./x\"}]}");
        f.close();
        QSignalSpy* finished = nullptr;
        QVERIFY(start(false, &finished));
        std::unique_ptr<QSignalSpy> owner(finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished->size() == 1, Timeout);
        QCOMPARE(m_window->inventory()->model()->rowCount(), total());
        QTRY_VERIFY_WITH_TIMEOUT(InventoryCache(cacheFile()).read().has_value(), Timeout);
    }
};

QTEST_MAIN(TestWarmStart)
#include "tst_warmstart.moc"
