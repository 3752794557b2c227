#include "app/desktop.h"

#include "app/desktopcontroller.h"

#include <QApplication>

namespace tincan {

int runDesktop(const DesktopOptions &options)
{
    Q_ASSERT(qobject_cast<QApplication *>(QCoreApplication::instance()));
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Tincan"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("tincan"));
    QApplication::setQuitOnLastWindowClosed(false);
    // Ties the windows to the installed menu entry (its name and icon, e.g. on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.tincan.Tincan"));

    DesktopController controller(options);
    QObject::connect(&controller, &DesktopController::finished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    controller.begin();
    return QApplication::exec();
}

} // namespace tincan
