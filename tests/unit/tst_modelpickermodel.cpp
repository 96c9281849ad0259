#include "models/modelpickermodel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

/**
 * The picker as a user meets it: the same model twice with different parameters, each entry's
 * own parameters kept by groups and across restarts, the shared ones for the rest.
 */
class TestModelPickerModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sameModelTwiceWithItsOwnParameters();
    void invalidParametersAreRefused();
    void groupsKeepEachModelsParameters();
    void selectionAndParametersSurviveARestart();
    void groupsSavedWithoutParametersStillApply();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("coro.ini")); }
    static QVariantMap entry(const ModelPickerModel &picker, int index)
    {
        return picker.entries().value(index).toMap();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString kMini = QStringLiteral("openai/gpt-4o-mini");
const QString kHaiku = QStringLiteral("anthropic/claude-haiku-4-5");
} // namespace

void TestModelPickerModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestModelPickerModel::sameModelTwiceWithItsOwnParameters()
{
    ModelPickerModel picker(ProviderCatalog::presets(), settingsPath());
    picker.setTemperature(0.7);
    picker.setMaxTokens(2000);
    picker.setSelection({kMini});
    picker.addAgain(kMini);
    picker.toggle(kHaiku);
    QCOMPARE(picker.selection(), (QStringList{kMini, kMini, kHaiku}));

    QSignalSpy entriesChanged(&picker, &ModelPickerModel::entriesChanged);
    QCOMPARE(picker.setModelParams(1, 1.5, 300, 0.9), QString());
    QCOMPARE(entriesChanged.size(), 1);
    QCOMPARE(entry(picker, 0).value(QStringLiteral("own")).toBool(), false);
    QCOMPARE(entry(picker, 0).value(QStringLiteral("temperature")).toDouble(), 0.7);
    QCOMPARE(entry(picker, 1).value(QStringLiteral("own")).toBool(), true);
    QCOMPARE(entry(picker, 1).value(QStringLiteral("temperature")).toDouble(), 1.5);
    QCOMPARE(entry(picker, 1).value(QStringLiteral("maxTokens")).toInt(), 300);
    QCOMPARE(entry(picker, 1).value(QStringLiteral("topP")).toDouble(), 0.9);

    // What a turn is asked with: the second copy its own, the others the shared ones.
    const auto params = picker.selectedParams();
    QCOMPARE(params.size(), 3);
    QVERIFY(!params.at(0) && !params.at(2));
    QCOMPARE(params.at(1)->temperature, 1.5);
    QCOMPARE(params.at(1)->maxTokens, 300);
    QCOMPARE(params.at(1)->topP, std::optional<double>(0.9));

    // The shared parameters change what entries without their own show, not the others.
    picker.setTemperature(0.2);
    QCOMPARE(entry(picker, 0).value(QStringLiteral("temperature")).toDouble(), 0.2);
    QCOMPARE(entry(picker, 1).value(QStringLiteral("temperature")).toDouble(), 1.5);

    // Toggling another model keeps each remaining entry's parameters.
    picker.toggle(kHaiku);
    QCOMPARE(picker.selection(), (QStringList{kMini, kMini}));
    QVERIFY(picker.selectedParams().at(1));
    QVERIFY(!picker.selectedParams().at(0));

    picker.clearModelParams(1);
    QVERIFY(!picker.selectedParams().at(1));
    QCOMPARE(entry(picker, 1).value(QStringLiteral("temperature")).toDouble(), 0.2);
}

void TestModelPickerModel::invalidParametersAreRefused()
{
    ModelPickerModel picker(ProviderCatalog::presets(), settingsPath());
    picker.setSelection({kMini});
    const QString problem = picker.setModelParams(0, 3.0, 100, -1);
    QVERIFY2(problem.contains(QStringLiteral("Temperature")), qPrintable(problem));
    QVERIFY(!picker.selectedParams().at(0)); // Nothing half-applied.
    QVERIFY(!picker.setModelParams(0, 1.0, 0, -1).isEmpty());
    QVERIFY(!picker.setModelParams(0, 1.0, 100, 1.5).isEmpty());
    QVERIFY(!picker.selectedParams().at(0));
    QCOMPARE(picker.setModelParams(5, 1.0, 100, -1), QString()); // No such entry: ignored.
    QCOMPARE(picker.selection(), QStringList{kMini});
}

void TestModelPickerModel::groupsKeepEachModelsParameters()
{
    ModelPickerModel picker(ProviderCatalog::presets(), settingsPath());
    picker.setSelection({kMini, kMini, kHaiku});
    QVERIFY(picker.setModelParams(0, 0.0, 500, -1).isEmpty());
    QVERIFY(picker.setModelParams(1, 1.8, 4000, 0.5).isEmpty());
    picker.saveGroup(QStringLiteral("hot and cold"));

    picker.setSelection({kHaiku});
    QVERIFY(!picker.selectedParams().at(0));

    // Another picker on the same settings file: the group is read from disk.
    ModelPickerModel later(ProviderCatalog::presets(), settingsPath());
    QVERIFY(later.groups().contains(QStringLiteral("hot and cold")));
    later.applyGroup(QStringLiteral("hot and cold"));
    QCOMPARE(later.selection(), (QStringList{kMini, kMini, kHaiku}));
    const auto params = later.selectedParams();
    QCOMPARE(params.size(), 3);
    QCOMPARE(params.at(0)->temperature, 0.0);
    QCOMPARE(params.at(0)->maxTokens, 500);
    QVERIFY(!params.at(0)->topP);
    QCOMPARE(params.at(1)->temperature, 1.8);
    QCOMPARE(params.at(1)->maxTokens, 4000);
    QCOMPARE(params.at(1)->topP, std::optional<double>(0.5));
    QVERIFY(!params.at(2));
}

void TestModelPickerModel::selectionAndParametersSurviveARestart()
{
    {
        ModelPickerModel picker(ProviderCatalog::presets(), settingsPath());
        picker.setSelection({kHaiku, kMini, kMini});
        QVERIFY(picker.setModelParams(2, 0.3, 123, -1).isEmpty());
    }
    ModelPickerModel again(ProviderCatalog::presets(), settingsPath());
    QCOMPARE(again.selection(), (QStringList{kHaiku, kMini, kMini}));
    QVERIFY(!again.selectedParams().at(0) && !again.selectedParams().at(1));
    QCOMPARE(again.selectedParams().at(2)->maxTokens, 123);
}

void TestModelPickerModel::groupsSavedWithoutParametersStillApply()
{
    // Groups written before entries had parameters: a plain list of references.
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("picker/groups/old pair"), QStringList{kMini, kHaiku});
        settings.setValue(QStringLiteral("picker/groups/old single"), QStringList{kHaiku});
        // Hand-edited: a temperature out of range is dropped, the model stays.
        settings.setValue(QStringLiteral("picker/groups/edited"),
                          QStringLiteral(R"([{"ref":"openai/gpt-4o-mini","temperature":9,)"
                                         R"("max_tokens":100}])"));
    }
    ModelPickerModel picker(ProviderCatalog::presets(), settingsPath());
    picker.applyGroup(QStringLiteral("old pair"));
    QCOMPARE(picker.selection(), (QStringList{kMini, kHaiku}));
    QCOMPARE(picker.selectedParams().size(), 2);
    picker.applyGroup(QStringLiteral("old single"));
    QCOMPARE(picker.selection(), QStringList{kHaiku});
    picker.applyGroup(QStringLiteral("edited"));
    QCOMPARE(picker.selection(), QStringList{kMini});
    QVERIFY(!picker.selectedParams().at(0));
}

QTEST_GUILESS_MAIN(TestModelPickerModel)
#include "tst_modelpickermodel.moc"
