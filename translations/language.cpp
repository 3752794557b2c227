#include "translations/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tincan {

namespace {

const QString prefix = QStringLiteral("tincan_");

std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &currentCode()
{
    static QString code;
    return code;
}

} // namespace

const QString Language::settingsKey = QStringLiteral("ui/language");

QStringList Language::available()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({prefix + u"*.qm"}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(prefix.size(), file.size() - prefix.size() - 3));
    return codes;
}

QString Language::match(const QStringList &wanted)
{
    const QStringList codes = available();
    for (QString tag : wanted) {
        tag.replace(u'-', u'_');
        if (tag.isEmpty() || tag == u"C" || tag.startsWith(u"C."))
            continue;
        const QLocale want(tag);
        if (want.language() == QLocale::C || want.language() == QLocale::AnyLanguage)
            continue;
        QString best;
        for (const QString &code : codes) {
            const QLocale have(code);
            if (have.language() != want.language())
                continue;
            if (want.language() == QLocale::Chinese && have.script() != want.script())
                continue;
            if (best.isEmpty() || have.territory() == want.territory())
                best = code;
        }
        if (!best.isEmpty())
            return best;
    }
    return {};
}

QString Language::system()
{
    const QString code = match(QLocale::system().uiLanguages());
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString Language::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(u'_') && locale.language() != QLocale::Chinese)
        name += u" (" + locale.nativeTerritoryName() + u')';
    return name;
}

QString Language::toBcp47(const QString &code)
{
    return QString(code).replace(u'_', u'-');
}

QString Language::translationFile(const QString &code)
{
    return u":/i18n/" + prefix + code + u".qm";
}

bool Language::install(const QString &code)
{
    if (!available().contains(code))
        return false;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(translationFile(code)))
        return false;
    // Qt's own strings (standard buttons and dialogs); not every system has them installed.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt.reset();
    }
    if (ownTranslator())
        QCoreApplication::removeTranslator(ownTranslator().get());
    if (qtTranslator())
        QCoreApplication::removeTranslator(qtTranslator().get());
    ownTranslator() = std::move(own);
    qtTranslator() = std::move(qt);
    QCoreApplication::installTranslator(ownTranslator().get());
    if (qtTranslator())
        QCoreApplication::installTranslator(qtTranslator().get());
    currentCode() = code;
    return true;
}

QString Language::current()
{
    return currentCode();
}

} // namespace tincan
