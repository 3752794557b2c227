#include "translations/language.h"
#include "ui/chatwindow.h"
#include "ui/hostpanel.h"
#include "ui/startwindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using tincan::Language;

namespace {

const QStringList translated = {u"de"_qs, u"es"_qs, u"fr"_qs, u"pt_BR"_qs, u"zh_CN"_qs};

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // unfinished, vanished, obsolete; empty when done
    QStringList translations; // one, or one per plural form
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(TINCAN_TRANSLATIONS_DIR "/tincan_") + code + u".ts";
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9]"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.insert(m.captured());
    return found;
}

// Every text a person can see or hear in a window, in a fixed order: labels, buttons, tabs,
// placeholders, tooltips, accessible names, menus and the title.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        texts << widget->accessibleName() << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->placeholderText();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            QList<QAction *> actions = bar->actions();
            while (!actions.isEmpty()) {
                QAction *action = actions.takeFirst();
                texts << action->text();
                if (action->menu())
                    actions += action->menu()->actions();
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

// The start window (both pages) and a hosting chat window, as a person sees them.
class StartAndChatWindows final
{
public:
    explicit StartAndChatWindows(int peers)
        : m_settings(m_dir.filePath(u"tincan.ini"_qs), QSettings::IniFormat)
        , m_start(&m_settings)
        , m_chat(&m_session)
    {
        m_start.show();
        m_chat.setHosting({QUrl(u"http://192.0.2.10:8787/"_qs)}, false);
        m_chat.setPeerCount(peers);
        m_chat.show();
    }

    QStringList texts()
    {
        m_start.showHostPage();
        QStringList texts = visibleTexts(&m_start);
        m_start.showJoinPage();
        texts += visibleTexts(&m_start);
        texts += visibleTexts(&m_chat);
        return texts;
    }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    tincan::StartWindow m_start;
    tincan::ChatSession m_session;
    tincan::ChatWindow m_chat;
};

QStringList startAndChatWindowTexts(int peers)
{
    return StartAndChatWindows(peers).texts();
}

} // namespace

// The shipped languages: complete and in step with the sources, and the windows speak them.
class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Language::install(u"en"_qs); }

    void shippedLanguages()
    {
        QCOMPARE(Language::available(), (QStringList{u"de"_qs, u"en"_qs, u"es"_qs, u"fr"_qs, u"pt_BR"_qs, u"zh_CN"_qs}));
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("en") << u"en"_qs << 2;
        QTest::newRow("de") << u"de"_qs << 2;
        QTest::newRow("es") << u"es"_qs << 2;
        QTest::newRow("fr") << u"fr"_qs << 2;
        QTest::newRow("pt_BR") << u"pt_BR"_qs << 2;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << 1;
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, code);
        QFETCH(int, pluralForms);
        QString language;
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(code), &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(language.startsWith(code.left(2)), qPrintable(language));
        // English holds only the plural forms; every other language holds every string.
        QVERIFY(messages.size() > (code == u"en" ? 10 : 200));
        for (const TsMessage &message : messages) {
            const QString where = message.context + u": " + message.source;
            QVERIFY2(message.type.isEmpty(), qPrintable(message.type + u" — " + where));
            QVERIFY2(code != u"en" || message.numerus, qPrintable(where));
            QCOMPARE(message.translations.size(), message.numerus ? pluralForms : 1);
            for (qsizetype form = 0; form < message.translations.size(); ++form) {
                const QString &text = message.translations.at(form);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(text) == placeholders(message.source),
                         qPrintable(where + u" → " + text));
                // Every form but English's singular says the number ("0 personne" is singular in French).
                if (message.numerus && !(code == u"en" && form == 0))
                    QVERIFY2(text.contains(u"%n"), qPrintable(where + u" → " + text));
            }
        }
    }

    // lupdate over today's sources changes nothing: no string is missing, none left over.
    void tsFilesMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList codes = translated + QStringList{u"en"_qs};
        for (const QString &code : codes) {
            const QString copy = dir.filePath(QFileInfo(tsPath(code)).fileName());
            QVERIFY(QFile::copy(tsPath(code), copy));
            QStringList arguments{u"-silent"_qs};
            arguments += QString::fromUtf8(TINCAN_LUPDATE_OPTIONS).split(u' ');
            if (code == u"en")
                arguments << u"-pluralonly"_qs;
            arguments << u"-I"_qs << QStringLiteral(TINCAN_SOURCE_DIR) << QStringLiteral("@" TINCAN_SOURCES_LIST)
                      << u"-ts"_qs << copy;
            QProcess lupdate;
            lupdate.start(QStringLiteral(TINCAN_LUPDATE), arguments);
            QVERIFY(lupdate.waitForFinished(60000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
            QFile before(tsPath(code));
            QFile after(copy);
            QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
            QVERIFY2(before.readAll() == after.readAll(),
                     qPrintable(u"translations/tincan_" + code
                                + u".ts is out of date: run `cmake --build build --target update_translations`"
                                  u" and translate what it marks unfinished"));
        }
    }

    // Windows built under each language show that language: every visible text differs from
    // English unless the translation is deliberately the same ("Tincan", "Port"), and counts
    // take the language's plural forms.
    void windowsSpeakEachLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("onePerson");
        QTest::addColumn<QString>("threePeople");
        QTest::newRow("de") << u"de"_qs << u"1 Person verbunden"_qs << u"3 Personen verbunden"_qs;
        QTest::newRow("es") << u"es"_qs << u"1 persona conectada"_qs << u"3 personas conectadas"_qs;
        QTest::newRow("fr") << u"fr"_qs << u"1\u00a0personne connectée"_qs << u"3\u00a0personnes connectées"_qs;
        QTest::newRow("pt_BR") << u"pt_BR"_qs << u"1 pessoa conectada"_qs << u"3 pessoas conectadas"_qs;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << u"已连接 1 人"_qs << u"已连接 3 人"_qs;
    }

    void windowsSpeakEachLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, onePerson);
        QFETCH(QString, threePeople);

        QVERIFY(Language::install(u"en"_qs));
        const QStringList english = startAndChatWindowTexts(3);
        QVERIFY(english.contains(u"3 people connected"_qs));
        QVERIFY(english.contains(u"&Host a chat"_qs));

        QVERIFY(Language::install(code));
        QCOMPARE(Language::current(), code);
        const QStringList texts = startAndChatWindowTexts(3);
        QCOMPARE(texts.size(), english.size());

        QString language;
        QString error;
        QSet<QString> keptAsIs; // and each language's own name, in the Language menu
        const QStringList available = Language::available();
        for (const QString &each : available)
            keptAsIs.insert(Language::nativeName(each));
        const QList<TsMessage> messages = readTs(tsPath(code), &language, &error);
        for (const TsMessage &message : messages) {
            if (!message.numerus && message.translations.value(0) == message.source)
                keptAsIs.insert(message.source);
        }
        int changed = 0;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (texts.at(i) != english.at(i))
                ++changed;
            else
                QVERIFY2(keptAsIs.contains(texts.at(i)), qPrintable(u"untranslated: " + texts.at(i)));
        }
        QVERIFY2(changed > texts.size() * 3 / 4, qPrintable(QString::number(changed)));
        QVERIFY(texts.contains(threePeople));

        tincan::HostPanel panel;
        panel.setPeerCount(1);
        QCOMPARE(panel.peerCountText(), onePerson);
        panel.setPeerCount(3);
        QCOMPARE(panel.peerCountText(), threePeople);
    }

    // One running app switched from language to language: the same window built after each
    // switch reads differently every time.
    void switchingLanguageChangesTheWindows()
    {
        QSet<QString> states;
        QSet<QString> hostTabs;
        const QStringList codes = QStringList{u"en"_qs} + translated;
        for (const QString &code : codes) {
            QVERIFY(Language::install(code));
            QTemporaryDir dir;
            QSettings settings(dir.filePath(u"tincan.ini"_qs), QSettings::IniFormat);
            tincan::StartWindow start(&settings);
            auto *tabs = start.findChild<QTabWidget *>();
            QVERIFY(tabs);
            hostTabs.insert(tabs->tabText(0));
            tincan::ChatSession session;
            tincan::ChatWindow chat(&session);
            states.insert(chat.connectionText());
        }
        QCOMPARE(hostTabs.size(), codes.size());
        QCOMPARE(states.size(), codes.size());
    }

    // Windows open while the language changes read exactly like windows built in the new one:
    // nothing is left in the language before.
    void openWindowsFollowALanguageChange_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : translated)
            QTest::newRow(qPrintable(code)) << code;
    }

    void openWindowsFollowALanguageChange()
    {
        QFETCH(QString, code);
        QVERIFY(Language::install(code));
        const QStringList built = startAndChatWindowTexts(3);

        QVERIFY(Language::install(u"en"_qs));
        StartAndChatWindows open(3);
        const QStringList english = open.texts();
        QVERIFY(english.contains(u"3 people connected"_qs));
        QVERIFY(Language::install(code));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(open.texts(), built);

        QVERIFY(Language::install(u"en"_qs));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(open.texts(), english);
    }

    void matchesBrowserAndSystemLanguages_data()
    {
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<QString>("code");
        QTest::newRow("German in Austria") << QStringList{u"de-AT"_qs} << u"de"_qs;
        QTest::newRow("POSIX name") << QStringList{u"fr_CA"_qs} << u"fr"_qs;
        QTest::newRow("Portuguese") << QStringList{u"pt"_qs} << u"pt_BR"_qs;
        QTest::newRow("Portugal") << QStringList{u"pt-PT"_qs} << u"pt_BR"_qs;
        QTest::newRow("Chinese") << QStringList{u"zh"_qs} << u"zh_CN"_qs;
        QTest::newRow("Simplified script") << QStringList{u"zh-Hans-SG"_qs} << u"zh_CN"_qs;
        QTest::newRow("Traditional script") << QStringList{u"zh-TW"_qs} << QString();
        QTest::newRow("Hong Kong") << QStringList{u"zh-HK"_qs} << QString();
        QTest::newRow("English") << QStringList{u"en-GB"_qs} << u"en"_qs;
        QTest::newRow("Latin American Spanish") << QStringList{u"es-419"_qs} << u"es"_qs;
        QTest::newRow("first one spoken") << QStringList{u"it-IT"_qs, u"it"_qs, u"es-MX"_qs, u"de"_qs} << u"es"_qs;
        QTest::newRow("none") << QStringList{u"it"_qs, u"ja-JP"_qs} << QString();
        QTest::newRow("C locale") << QStringList{u"C"_qs} << QString();
        QTest::newRow("nonsense") << QStringList{u"x!y"_qs, QString()} << QString();
    }

    void matchesBrowserAndSystemLanguages()
    {
        QFETCH(QStringList, wanted);
        QFETCH(QString, code);
        QCOMPARE(Language::match(wanted), code);
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
