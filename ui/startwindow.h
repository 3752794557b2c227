#pragma once

#include "client/joinaddress.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace tincan {

class HostFinder;

// What the user picked in the start window.
struct StartChoice
{
    enum class Mode { Host, Join };
    Mode mode = Mode::Host;
    QString nick;
    QString roomName;   // Host
    quint16 port = 0;   // Host: the wanted port
    bool portFixed = false;
    QUrl chatUrl;       // Join
    QString address;    // Join: "host:port", as shown in the recent list
    // Host: the code joining needs (empty: none). Join: the code the link carried (empty: none).
    QString accessCode;
    bool rememberCode = false; // Host: keep the code for the next hosting session
};

// The first window: host a chat or join one. Remembers the last choices and recent hosts.
class StartWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartWindow)

public:
    static constexpr int maxRecentHosts = 8;

    explicit StartWindow(QSettings *settings, QWidget *parent = nullptr);

    StartChoice choice() const { return m_choice; }
    // Shows a problem (for example: hosting could not start) above the buttons.
    void showError(const QString &text);
    QString errorText() const;
    void showJoinPage();
    // The Join page with this address filled in (from the command line, say).
    void showJoinPage(const QString &address);
    void showHostPage();

    static QString problemText(JoinAddress::Problem problem);
    // The remembered (or, the first time, the login) name; empty when none is usable.
    static QString rememberedNick(const QSettings &settings);
    // Keeps `nick` as the name the start window offers next time (after a rename in the chat).
    static void rememberNick(QSettings &settings, const QString &nick);
    static QString rememberedRoom(const QSettings &settings);
    // The access code kept for the next hosting session (empty: none was kept).
    static QString rememberedAccessCode(const QSettings &settings);
    // Keeps `code` for the next hosting session when `remember`, else forgets any kept code.
    static void rememberAccessCode(QSettings &settings, const QString &code, bool remember);
    // Whether the host asked to keep the access code.
    static bool remembersAccessCode(const QSettings &settings);

    // Fills in the host page's access code (from the command line, say).
    void setAccessCode(const QString &code);

    // Lists the hosts `finder` hears on the network (the list stays hidden without one).
    void setHostFinder(HostFinder *finder);

public Q_SLOTS:
    void go();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Says every text of both pages in the language of the moment; a problem already shown
    // stays as it was said.
    void retranslate();
    QWidget *buildHostPage();
    QWidget *buildJoinPage();
    void load();
    void save();
    void updateGoButton();
    void updateFoundHosts();

    QSettings *m_settings;
    StartChoice m_choice;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_nickLabel = nullptr;
    QLineEdit *m_nick = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_roomLabel = nullptr;
    QLineEdit *m_room = nullptr;
    QCheckBox *m_fixedPort = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_hostHint = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_generateCode = nullptr;
    QCheckBox *m_rememberCode = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_foundLabel = nullptr;
    QListWidget *m_found = nullptr;
    HostFinder *m_finder = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_go = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace tincan
