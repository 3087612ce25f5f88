// SPDX-License-Identifier: GPL-3.0-or-later
// The error catalog: every code explained, in English and in zh_CN (the shipped catalogue).
#include "ops/ErrorCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace eipdesk;

namespace {
bool hasCjk(const QString& s) {
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return s.contains(cjk);
}
} // namespace

class TestErrorCatalog : public QObject {
    Q_OBJECT
private slots:
    void messagesFitTheCase() {
        // A terminating instance: waiting for "running or stopped" would be wrong advice alone.
        const ErrorExplanation state =
            ErrorCatalog::explain(QStringLiteral("UnsupportedOperation.InstanceStateNotSupported"));
        QVERIFY2(state.nextStep.contains(QStringLiteral("being terminated")) &&
                     state.nextStep.contains(QStringLiteral("idle and billed")),
                 qPrintable(state.nextStep));
        // An instance with an old-style ID: retrying cannot help.
        const ErrorExplanation legacy =
            ErrorCatalog::explain(QStringLiteral("InvalidParameterValue.InstanceIdMalformed"));
        QVERIFY2(legacy.meaning.contains(QStringLiteral("older form")), qPrintable(legacy.meaning));
        QVERIFY2(legacy.nextStep.startsWith(QStringLiteral("Retrying will not help")),
                 qPrintable(legacy.nextStep));
        // The 5-minute window: either side of the server's clock, UTC, and the re-sign.
        const ErrorExplanation skew =
            ErrorCatalog::explain(QStringLiteral("AuthFailure.SignatureExpire"));
        for (const char* words : {"5 minutes before or after", "UTC", "signs again once"})
            QVERIFY2(skew.meaning.contains(QLatin1String(words)), qPrintable(skew.meaning));
    }

    // The shipped catalogue, as the app loads it: the .qm compiled from
    // resources/translations/eipdesk_zh_CN.ts (no second source of translations).
    void initTestCase() {
        QVERIFY2(m_zh.load(QStringLiteral(EIPDESK_QM_DIR "/eipdesk_zh_CN.qm")),
                 EIPDESK_QM_DIR "/eipdesk_zh_CN.qm");
    }

    void everyCode_data() {
        QTest::addColumn<QString>("code");
        const QStringList codes = ErrorCatalog::codes();
        QVERIFY(codes.size() >= 100);
        for (const QString& c : codes)
            QTest::newRow(qPrintable(c)) << c;
    }

    void everyCode() {
        QFETCH(QString, code);
        const ErrorExplanation en =
            ErrorCatalog::explain(code, QStringLiteral("msg"), QStringLiteral("rid-1"));
        QVERIFY(en.known);
        QCOMPARE(en.code, code);
        QVERIFY(!en.title.isEmpty());
        QVERIFY(en.title.size() < 60);
        QVERIFY(en.meaning.size() > en.title.size());
        QVERIFY(!en.nextStep.isEmpty());
        QVERIFY(!hasCjk(en.title + en.meaning + en.nextStep));

        QVERIFY(QCoreApplication::installTranslator(&m_zh));
        const ErrorExplanation zh =
            ErrorCatalog::explain(code, QStringLiteral("msg"), QStringLiteral("rid-1"));
        QCoreApplication::removeTranslator(&m_zh);
        QVERIFY2(hasCjk(zh.title), qPrintable(zh.title));
        QVERIFY2(hasCjk(zh.meaning), qPrintable(zh.meaning));
        QVERIFY2(hasCjk(zh.nextStep), qPrintable(zh.nextStep));
        QVERIFY(zh.detailsText().contains(QStringLiteral("rid-1")));
        QVERIFY(zh.detailsText().contains(code));
    }

    // Spec §5.1: the 20 codes of DisassociateAddress, plus the other actions' lists.
    void specCodesPresent_data() {
        QTest::addColumn<QString>("code");
        const char* codes[] = {
            "AddressQuotaLimitExceeded.DailyAllocate", "FailedOperation.AddressEniInfoNotFound",
            "FailedOperation.MasterEniNotFound", "FailedOperation.TaskFailed",
            "InvalidAddressId.Blocked", "InvalidAddressId.NotFound",
            "InvalidAddressIdStatus.NotPermit", "InvalidInstance.NotSupported",
            "InvalidInstanceId.NotFound", "InvalidParameter",
            "InvalidParameterValue.AddressIdMalformed", "InvalidParameterValue.AddressNotFound",
            "InvalidParameterValue.InstanceIdMalformed",
            "InvalidParameterValue.OnlySupportedForMasterNetworkCard",
            "InvalidParameterValue.ResourceNotSupport", "OperationDenied.MutexTaskRunning",
            "UnsupportedOperation.ActionNotFound", "UnsupportedOperation.AddressStatusNotPermit",
            "UnsupportedOperation.InstanceStateNotSupported", "UnsupportedOperation.InvalidAction",
            // DescribeAddresses, DescribeNetworkInterfaces, DescribeTaskResult, quota, NAT
            "InvalidParameter.InvalidFilter", "LimitExceeded.NumberOfFilters",
            "RequestLimitExceeded", "InternalError.ModuleError", "LimitExceeded.ActionLimited",
            "InvalidParameterValue.Malformed", "ResourceNotFound", "InternalServerError",
            "MissingParameter", "ResourceInUse", "UnsupportedOperation.NatGatewayRestricted",
            "UnsupportedOperation.PublicIpAddressDisassociate",
            // common (§5.2) and the client's own
            "AuthFailure.SignatureExpire", "AuthFailure.SecretIdNotFound",
            "AuthFailure.SignatureFailure", "AuthFailure.UnauthorizedOperation",
            "RequestLimitExceeded.UinLimitExceeded", "UnsupportedRegion", "ServiceUnavailable",
            "IpNotInWhitelist", "ClientError.Timeout", "ClientError.OutcomeUnknown",
            "ClientError.Network", "ClientError.Tls", "ClientError.HttpStatus"};
        for (const char* c : codes)
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void specCodesPresent() {
        QFETCH(QString, code);
        QVERIFY(ErrorCatalog::contains(code));
    }

    // Every code of AssociateAddress: 47 in the Go SDK's vpc/v20170312 client.go (v1.3.166).
    void associateCodesPresent_data() {
        QTest::addColumn<QString>("code");
        const char* codes[] = {
            "FailedOperation.AddressEniInfoNotFound",
            "FailedOperation.TaskFailed",
            "InvalidAccount.NotSupported",
            "InvalidAddressId.Blocked",
            "InvalidAddressId.NotFound",
            "InvalidInstanceId.AlreadyBindEip",
            "InvalidInstanceId.NotFound",
            "InvalidNetworkInterfaceId.NotFound",
            "InvalidParameter.Conflict",
            "InvalidParameterConflict",
            "InvalidParameterValue.AddressIdMalformed",
            "InvalidParameterValue.AddressNotApplicable",
            "InvalidParameterValue.AddressNotFound",
            "InvalidParameterValue.Combination",
            "InvalidParameterValue.InstanceDoesNotSupportAnycast",
            "InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni",
            "InvalidParameterValue.InstanceHasNoWanIP",
            "InvalidParameterValue.InstanceHasWanIP",
            "InvalidParameterValue.InstanceIdMalformed",
            "InvalidParameterValue.InstanceNoWanIP",
            "InvalidParameterValue.InstanceNormalPublicIpBlocked",
            "InvalidParameterValue.InstanceNotMatchAssociateEni",
            "InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni",
            "InvalidParameterValue.InvalidInstanceInternetChargeType",
            "InvalidParameterValue.InvalidInstanceState",
            "InvalidParameterValue.LBAlreadyBindEip",
            "InvalidParameterValue.MissingAssociateEntity",
            "InvalidParameterValue.NetworkInterfaceIdNotMatch",
            "InvalidParameterValue.NetworkInterfaceNotFound",
            "InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni",
            "InvalidParameterValue.PrivateIpAddressNotMatch",
            "InvalidParameterValue.ResourceNotSupport",
            "InvalidPrivateIpAddress.AlreadyBindEip",
            "LimitExceeded.InstanceAddressQuota",
            "MissingParameter",
            "OperationDenied.AddressInArrears",
            "OperationDenied.MutexTaskRunning",
            "RequestLimitExceeded",
            "UnsupportedOperation.ActionNotFound",
            "UnsupportedOperation.AddressIpNotSupportInstance",
            "UnsupportedOperation.AddressStatusNotPermit",
            "UnsupportedOperation.IncorrectAddressResourceType",
            "UnsupportedOperation.InstanceStateNotSupported",
            "UnsupportedOperation.InstanceStatusNotPermit",
            "UnsupportedOperation.InvalidAction",
            "UnsupportedOperation.InvalidAddressInternetChargeType",
            "UnsupportedOperation.IspNotSupported"};
        QCOMPARE(int(sizeof(codes) / sizeof(codes[0])), 47);
        for (const char* c : codes)
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void associateCodesPresent() {
        QFETCH(QString, code);
        QVERIFY2(ErrorCatalog::contains(code), qPrintable(code));
        QVERIFY(ErrorCatalog::explain(code).known);
    }

    // Codes no action of ours returns are not in the catalog: they would hide a wrong rule.
    void inventedCodesAbsent() {
        QVERIFY(!ErrorCatalog::contains(QStringLiteral("InvalidAddressIdState.InArrears")));
        QVERIFY(!ErrorCatalog::contains(QStringLiteral("InvalidAddressState")));
    }

    void unknownCodeKeepsCodeAndMessage() {
        const ErrorExplanation x =
            ErrorCatalog::explain(QStringLiteral("Totally.NewCode"),
                                  QStringLiteral("server says no"), QStringLiteral("req-42"));
        QVERIFY(!x.known);
        QCOMPARE(x.code, QStringLiteral("Totally.NewCode"));
        QCOMPARE(x.serverMessage, QStringLiteral("server says no"));
        QVERIFY(!x.title.isEmpty());
        const QString details = x.detailsText();
        QVERIFY(details.contains(QStringLiteral("Totally.NewCode")));
        QVERIFY(details.contains(QStringLiteral("server says no")));
        QVERIFY(details.contains(QStringLiteral("req-42")));
    }

    void unknownSubCodeUsesFamily() {
        const ErrorExplanation x = ErrorCatalog::explain(QStringLiteral("InternalError.Weird"));
        QVERIFY(!x.known);
        QCOMPARE(x.title, ErrorCatalog::explain(QStringLiteral("InternalError")).title);
        QCOMPARE(x.code, QStringLiteral("InternalError.Weird"));
    }

    void fromApiError() {
        ApiError service;
        service.kind = ApiError::Kind::Service;
        service.code = QStringLiteral("OperationDenied.MutexTaskRunning");
        service.message = QStringLiteral("mutex");
        service.requestId = QStringLiteral("abc");
        const ErrorExplanation a = ErrorCatalog::explain(service);
        QVERIFY(a.known);
        QCOMPARE(a.requestId, QStringLiteral("abc"));

        ApiError transport; // no code at all: derived from the kind
        transport.kind = ApiError::Kind::Timeout;
        QCOMPARE(ErrorCatalog::explain(transport).code, QStringLiteral("ClientError.Timeout"));
        QVERIFY(ErrorCatalog::explain(ApiError{}).isEmpty());
    }

private:
    QTranslator m_zh;
};

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
