#pragma once

#include "protocol/accesscode.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tincan {

// Asks the host for a new access code (the host window's "Change…"): a field, a Generate button
// and a sentence under the field when the code cannot be used.
class AccessCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessCodeDialog)

public:
    explicit AccessCodeDialog(const QString &current, QWidget *parent = nullptr);

    // The code as typed (trimmed), once accepted.
    QString code() const;
    QString errorText() const;

    // Why a code cannot be used, in words; empty when it can.
    static QString problemText(protocol::AccessCodeProblem problem);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QLineEdit *m_code;
    QPushButton *m_generate;
    QLabel *m_error;
    QLabel *m_hint;
};

} // namespace tincan
