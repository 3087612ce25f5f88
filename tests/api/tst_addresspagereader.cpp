// SPDX-License-Identifier: GPL-3.0-or-later
// AddressPageReader, the shortcut for DescribeAddresses replies: whatever it accepts reads
// exactly as ResponseParser + VpcJson read it (every field compared), what it does not fully
// understand it declines; the documented examples and the sandbox's real pages take the
// shortcut (or the speed is gone without anybody noticing), and a declined reply still reaches
// the caller through the ordinary path.
#include "api/AddressPageReader.h"
#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "core/SystemClock.h"
#include "sandbox/SandboxWorld.h"
#include "support/AddressPageOracle.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace eipdesk;

namespace {

const QString kRegion = QStringLiteral("ap-guangzhou");

QByteArray envelope(const QByteArray& addresses, const QByteArray& extra = {}) {
    return "{\"Response\":{\"TotalCount\":1,\"AddressSet\":[" + addresses + "]" + extra +
           ",\"RequestId\":\"req-1\"}}";
}

// An address with every field of the model, as the documentation shows them.
QByteArray fullAddress(const QByteArray& replace = {}, const QByteArray& with = {}) {
    QByteArray a =
        R"({"AddressId":"eip-1","AddressName":"web","AddressIp":"1.2.3.4",)"
        R"("AddressStatus":"BIND","AddressType":"EIP","InstanceId":"ins-1","InstanceType":"CVM",)"
        R"("NetworkInterfaceId":"eni-1","PrivateAddressIp":"10.0.0.1",)"
        R"("InternetServiceProvider":"BGP","InternetChargeType":"TRAFFIC_POSTPAID_BY_HOUR",)"
        R"("DeadlineDate":null,"RenewFlag":"NOTIFY_AND_AUTO_RENEW","BandwidthPackageId":null,)"
        R"("Egress":"center_egress1","AntiDDoSPackageId":"","UnVpcId":"","DedicatedClusterId":"",)"
        R"("EipAlgType":{"Ftp":true,"Sip":false},"Bandwidth":10,)"
        R"("CreatedTime":"2024-05-06 07:08:09","IsArrears":false,"IsBlocked":true,)"
        R"("IsEipDirectConnection":false,"CascadeRelease":true,"LocalBgp":false,)"
        R"("TagSet":[{"Key":"team","Value":"web"},{"Key":"env","Value":null}]})";
    if (!replace.isEmpty()) {
        Q_ASSERT(a.contains(replace));
        a.replace(replace, with);
    }
    return a;
}

enum Expect { Accepted, Declined };

} // namespace

class TestAddressPageReader : public QObject {
    Q_OBJECT

private:
    // The reader's answer, compared with the ordinary path's when it accepts.
    void check(const QByteArray& body, Expect expect) {
        AddressPage fast;
        fast.totalCount = -7; // untouched when declined
        const bool accepted = AddressPageReader::read(body, kRegion, &fast);
        QCOMPARE(accepted, expect == Accepted);
        if (!accepted) {
            QCOMPARE(fast.totalCount, qint64(-7));
            return;
        }
        AddressPage slow;
        QVERIFY2(test::readAddressPageSlowly(body, kRegion, &slow),
                 "accepted a reply the ordinary path refuses");
        const QString diff = test::pageDiff(fast, slow);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

private slots:
    void readsAlike_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expect");
        auto row = [](const char* name, const QByteArray& body, Expect e) {
            QTest::newRow(name) << body << int(e);
        };
        row("every field", envelope(fullAddress()), Accepted);
        row("two addresses share repeated values",
            envelope(fullAddress() + "," + fullAddress("eip-1", "eip-2")), Accepted);
        row("empty set", envelope({}), Accepted);
        row("no TotalCount", R"({"Response":{"AddressSet":[{"AddressId":"e"}],"RequestId":"r"}})",
            Accepted);
        row("no RequestId", R"({"Response":{"TotalCount":0,"AddressSet":[]}})", Accepted);
        row("RequestId null", R"({"Response":{"AddressSet":[],"RequestId":null}})", Accepted);
        row("whitespace everywhere",
            " \n{ \"Response\" :\t{ \"AddressSet\" : [ { \"AddressId\" : \"e\" , \"Bandwidth\" "
            ": -0 } ] , \"TotalCount\" : 3 } } \r\n",
            Accepted);
        row("every field null",
            envelope(R"({"AddressId":null,"AddressName":null,"EipAlgType":null,"Bandwidth":null,)"
                     R"("CreatedTime":null,"IsArrears":null,"TagSet":null})"),
            Accepted);
        row("EipAlgType members null or missing",
            envelope(R"({"EipAlgType":{"Ftp":null}},{"EipAlgType":{}})"), Accepted);
        row("unknown fields of every shape",
            envelope(fullAddress("\"LocalBgp\":false",
                                 R"("LocalBgp":false,"New":{"a":[1,2.5,-3,{"b":null}],)"
                                 R"("c":"\u00e9\n"},"Other":[true,false,null,[]],"N":0.25)")),
            Accepted);
        row("unknown envelope members", R"({"X":[{}],"Response":{"Y":{"Z":1},"AddressSet":[]}})",
            Accepted);
        row("UTF-8 name", envelope(R"({"AddressName":"未命名 🚀 é"})"), Accepted);
        row("escapes",
            envelope("{\"AddressName\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t \\u4e2d\\u00E9\"}"),
            Accepted);
        row("tag with empty or null key is dropped",
            envelope(R"({"TagSet":[{"Key":"","Value":"x"},{"Value":"y"},{"Key":null},)"
                     R"({"Key":"k","Value":"v","Extra":1}]})"),
            Accepted);
        row("ISO time with zone", envelope(R"({"CreatedTime":"2022-08-11T03:57:05Z"})"), Accepted);
        row("ISO time, no zone", envelope(R"({"CreatedTime":"2022-08-11T03:57:05"})"), Accepted);
        row("ISO time, offset", envelope(R"({"CreatedTime":"2022-08-11T03:57:05+08:00"})"),
            Accepted);
        row("ISO time, impossible", envelope(R"({"CreatedTime":"2022-13-11T03:57:05Z"})"),
            Accepted);
        row("ISO time, lower-case z", envelope(R"({"CreatedTime":"2022-08-11T03:57:05z"})"),
            Accepted);
        row("date only", envelope(R"({"CreatedTime":"2020-09-22"})"), Accepted);
        row("impossible date", envelope(R"({"CreatedTime":"2024-02-30 01:02:03"})"), Accepted);
        row("hour 24", envelope(R"({"CreatedTime":"2024-02-03 24:00:00"})"), Accepted);
        row("garbage time", envelope(R"({"CreatedTime":"soon"})"), Accepted);
        row("long integer Bandwidth", envelope(R"({"Bandwidth":123456789012345})"), Accepted);

        // Declined: ResponseParser's to answer (an error or a lenient reading).
        row("error envelope",
            R"({"Response":{"Error":{"Code":"AuthFailure","Message":"x"},"RequestId":"r"}})",
            Declined);
        row("not JSON", "<html>", Declined);
        row("empty", "", Declined);
        row("truncated", envelope(fullAddress()).chopped(3), Declined);
        row("trailing bytes", envelope({}) + "x", Declined);
        row("byte order mark", "\xEF\xBB\xBF" + envelope({}), Declined);
        row("no Response", R"({"AddressSet":[]})", Declined);
        row("Response twice", R"({"Response":{"AddressSet":[]},"Response":{"AddressSet":[]}})",
            Declined);
        row("no AddressSet", R"({"Response":{"TotalCount":0}})", Declined);
        row("AddressSet not an array", R"({"Response":{"AddressSet":{}}})", Declined);
        row("element not an object", envelope("1"), Declined);
        row("duplicate known key", envelope(R"({"AddressId":"a","AddressId":"b"})"), Declined);
        row("escaped key", envelope(R"({"Address\u0049d":"a"})"), Declined);
        row("number for a string", envelope(R"({"AddressId":12})"), Declined);
        row("string for a boolean", envelope(R"({"IsBlocked":"TRUE"})"), Declined);
        row("fractional Bandwidth", envelope(R"({"Bandwidth":1.5})"), Declined);
        row("Bandwidth as text", envelope(R"({"Bandwidth":"5"})"), Declined);
        row("huge Bandwidth", envelope(R"({"Bandwidth":1234567890123456})"), Declined);
        row("exponent", envelope(R"({"X":1e400})"), Declined);
        row("leading zero", envelope(R"({"X":01})"), Declined);
        row("bare dot", envelope(R"({"X":1.})"), Declined);
        row("invalid UTF-8", envelope("{\"AddressName\":\"\xFF\"}"), Declined);
        row("overlong UTF-8", envelope("{\"AddressName\":\"\xC0\x80\"}"), Declined);
        row("UTF-8 surrogate", envelope("{\"AddressName\":\"\xED\xA0\x80\"}"), Declined);
        row("raw control character", envelope("{\"AddressName\":\"a\x01\"}"), Declined);
        row("escaped NUL", envelope(R"({"AddressName":"\u0000"})"), Declined);
        row("escaped surrogate", envelope(R"({"AddressName":"\ud83d\ude00"})"), Declined);
        row("unknown escape", envelope(R"({"AddressName":"\U0041"})"), Declined);
        row("TagSet not an array", envelope(R"({"TagSet":{}})"), Declined);
        row("tag not an object", envelope(R"({"TagSet":["k"]})"), Declined);
        row("EipAlgType not an object", envelope(R"({"EipAlgType":true})"), Declined);
        row("deep nesting", envelope("{\"X\":" + QByteArray(80, '[') + QByteArray(80, ']') + "}"),
            Declined);
    }
    void readsAlike() {
        QFETCH(QByteArray, body);
        QFETCH(int, expect);
        check(body, Expect(expect));
    }

    // Tencent's own examples (tests/data/doc-examples) take the shortcut and read alike.
    void documentedExamplesTakeTheShortcut_data() {
        QTest::addColumn<QByteArray>("body");
        const QDir dir(QStringLiteral(EIPDESK_TEST_DATA_DIR "/doc-examples"));
        const QStringList files = dir.entryList({QStringLiteral("vpc-DescribeAddresses-*.json")});
        QVERIFY(files.size() >= 4);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject example = QJsonDocument::fromJson(f.readAll()).object();
            const QJsonObject response = example.value(QLatin1String("response")).toObject();
            QVERIFY(!response.isEmpty());
            QTest::newRow(qPrintable(name)) << QJsonDocument(response).toJson();
        }
    }
    void documentedExamplesTakeTheShortcut() {
        QFETCH(QByteArray, body);
        check(body, Accepted);
    }

    // The sandbox's pages, as they come over HTTP, take the shortcut and read alike.
    void sandboxPagesTakeTheShortcut() {
        test::SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QNetworkAccessManager network;
        SystemClock clock;
        ApiClient client(&network, &clock);
        client.setCredentials(sandbox.credentials());
        client.setEndpointConfig(sandbox.endpoints());
        QList<QByteArray> bodies;
        for (int offset = 0; offset < 100; offset += 50) {
            ApiRequest request;
            request.action = QStringLiteral("DescribeAddresses");
            request.region = sandbox.firstRegion();
            request.payload =
                QJsonObject{{QStringLiteral("Offset"), offset}, {QStringLiteral("Limit"), 50}};
            request.decoder = [&bodies](const QByteArray& body, QVariant*, QString*) {
                bodies << body;
                return false; // keep the bytes; the ordinary path answers
            };
            QSignalSpy done(client.send(request), &ApiCall::finished);
            QVERIFY(done.wait(10000));
            QVERIFY(done.at(0).at(0).value<ApiResponse>().ok());
        }
        QCOMPARE(bodies.size(), 2);
        int withTags = 0;
        for (const QByteArray& body : std::as_const(bodies)) {
            check(body, Accepted);
            AddressPage page;
            QVERIFY(AddressPageReader::read(body, sandbox.firstRegion(), &page));
            QVERIFY(page.addresses.size() > 40); // of 50: the default query leaves out WanIP
            for (const Address& a : std::as_const(page.addresses))
                withTags += !a.tags.isEmpty();
        }
        QVERIFY(withTags > 0); // the seeded world has tags: the reader saw more than flat fields
    }

    // A reply the reader declines still reaches VpcApi's caller, read the ordinary way.
    void declinedReplyIsReadTheOrdinaryWay() {
        test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body = envelope(R"({"AddressId":"eip-7","AddressName":42,)"
                                         R"("IsBlocked":"TRUE","Bandwidth":"5"})");
        AddressPage unused;
        QVERIFY(!AddressPageReader::read(body, kRegion, &unused));
        server.enqueue(test::ScriptedHttpServer::Reply::json(body));
        QNetworkAccessManager network;
        SystemClock clock;
        ApiClient client(&network, &clock);
        client.setCredentials({QStringLiteral("id"), QStringLiteral("key"), {}});
        EndpointConfig endpoints;
        endpoints.customEndpoint = server.url();
        client.setEndpointConfig(endpoints);
        VpcApi api(&client);
        AddressPage got;
        bool finished = false;
        api.describeAddressesPage(kRegion, {}, 0, 100, this,
                                  [&](const AddressPage& page, const ApiError& error) {
                                      QVERIFY(!error.isError());
                                      got = page;
                                      finished = true;
                                  });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(got.addresses.size(), 1);
        const Address& a = got.addresses.first();
        QCOMPARE(a.addressId, QStringLiteral("eip-7"));
        QCOMPARE(a.addressName, QStringLiteral("42")); // VpcJson reads a number as its text
        QVERIFY(a.isBlocked);
        QCOMPARE(a.bandwidth, std::optional<qint64>(5));
        QCOMPARE(got.requestId, QStringLiteral("req-1"));
    }
};

QTEST_GUILESS_MAIN(TestAddressPageReader)
#include "tst_addresspagereader.moc"
