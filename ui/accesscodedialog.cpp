#include "ui/accesscodedialog.h"

#include "protocol/limits.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tincan {

AccessCodeDialog::AccessCodeDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_generate(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"accessCodeDialog"_s);
    m_code->setObjectName(u"newAccessCode"_s);
    m_code->setMaxLength(limits::maxAccessCodeLength);
    m_code->setText(current);
    m_code->selectAll();
    m_label->setBuddy(m_code);
    m_generate->setObjectName(u"generateCode"_s);
    m_generate->setAutoDefault(false);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        m_code->setText(protocol::generateAccessCode());
        m_code->setFocus();
    });
    for (QLabel *label : {m_error, m_hint}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_error->setObjectName(u"codeProblem"_s);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128
                                                   ? QColor(0xff, 0x8a, 0x80)
                                                   : QColor(0xb3, 0x26, 0x1e));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_code, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *row = new QHBoxLayout;
    row->addWidget(m_code, 1);
    row->addWidget(m_generate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccessCodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    retranslate();
}

void AccessCodeDialog::retranslate()
{
    setWindowTitle(tr("Change Access Code"));
    m_label->setText(tr("New &access code:"));
    m_code->setAccessibleName(tr("New access code"));
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Make up a code that is easy to read aloud"));
    m_hint->setText(tr("People already in the chat stay. Whoever joins next needs the new code; the link and "
                       "QR code carry it."));
}

void AccessCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString AccessCodeDialog::code() const
{
    return m_code->text().trimmed();
}

QString AccessCodeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AccessCodeDialog::problemText(protocol::AccessCodeProblem problem)
{
    switch (problem) {
    case protocol::AccessCodeProblem::None:
        return {};
    case protocol::AccessCodeProblem::TooShort:
        return tr("An access code needs at least %n letters or digits (spaces and dashes do not count).",
                  nullptr, limits::minAccessCodeLength);
    case protocol::AccessCodeProblem::TooLong:
        return tr("An access code has at most %n characters.", nullptr, limits::maxAccessCodeLength);
    case protocol::AccessCodeProblem::BadCharacter:
        return tr("An access code cannot have invisible or control characters in it.");
    }
    return {};
}

void AccessCodeDialog::accept()
{
    const QString problem = problemText(protocol::checkAccessCode(code()));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        adjustSize();
        m_code->setFocus();
        m_code->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace tincan
