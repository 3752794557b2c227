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

    DesktopController controller(options);
    QObject::connect(&controller, &DesktopController::finished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    controller.begin();
    return QApplication::exec();
}

} // namespace tincan
