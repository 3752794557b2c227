#include "ui/imageviewer.h"

#include "client/chatsession.h"
#include "client/filedownload.h"
#include "client/savefilename.h"
#include "protocol/limits.h"
#include "ui/appicon.h"
#include "ui/messagemodel.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {
constexpr qreal zoomStep = 1.25;
constexpr qreal minZoom = 0.02;
constexpr qreal maxZoom = 16.0;
} // namespace

// The image at a zoom: fitted to the viewport (never enlarged) or at a chosen scale.
class ImageCanvas final : public QWidget
{
public:
    explicit ImageCanvas(QScrollArea *area)
        : QWidget(area)
        , m_area(area)
    {
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

    void setImage(const QImage &image)
    {
        m_image = image;
        relayout();
    }
    qreal zoom() const { return m_fitting ? fittedZoom() : m_zoom; }
    bool isFitting() const { return m_fitting; }
    void setFitting()
    {
        m_fitting = true;
        relayout();
    }
    void setZoom(qreal zoom)
    {
        m_fitting = false;
        m_zoom = std::clamp(zoom, minZoom, maxZoom);
        relayout();
    }
    void relayout()
    {
        if (m_image.isNull()) {
            resize(m_area->viewport()->size());
            update();
            return;
        }
        const QSize shown = (QSizeF(m_image.size()) * zoom()).toSize().expandedTo(QSize(1, 1));
        resize(shown.expandedTo(m_area->viewport()->size()));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_image.isNull())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 4.0);
        const QSizeF shown = QSizeF(m_image.size()) * zoom();
        const QRectF target((width() - shown.width()) / 2, (height() - shown.height()) / 2, shown.width(),
                            shown.height());
        painter.drawImage(target, m_image);
    }

private:
    qreal fittedZoom() const
    {
        const QSize room = m_area->viewport()->size();
        if (m_image.isNull() || room.isEmpty())
            return 1.0;
        return std::min({1.0, qreal(room.width()) / m_image.width(), qreal(room.height()) / m_image.height()});
    }

    QScrollArea *m_area;
    QImage m_image;
    bool m_fitting = true;
    qreal m_zoom = 1.0;
};

namespace {

// Keeps the canvas fitted as the window changes size, and zooms with Ctrl + wheel.
class ViewportWatcher final : public QObject
{
public:
    ViewportWatcher(ImageViewer *viewer, ImageCanvas *canvas)
        : QObject(viewer)
        , m_viewer(viewer)
        , m_canvas(canvas)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            m_canvas->relayout();
        } else if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                if (wheel->angleDelta().y() > 0)
                    m_viewer->zoomIn();
                else if (wheel->angleDelta().y() < 0)
                    m_viewer->zoomOut();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ImageViewer *m_viewer;
    ImageCanvas *m_canvas;
};

} // namespace

ImageViewer::ImageViewer(ChatSession *session, const protocol::FileInfo &file, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_file(file)
    , m_scroll(new QScrollArea(this))
    , m_status(new QLabel(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_actual(new QToolButton(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(u"imageViewer"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(AppIcon::icon());
    m_canvas = new ImageCanvas(m_scroll);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->installEventFilter(new ViewportWatcher(this, m_canvas));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"imageViewerStatus"_s);

    connect(m_zoomOut, &QToolButton::clicked, this, &ImageViewer::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &ImageViewer::zoomIn);
    connect(m_fit, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
    connect(m_actual, &QToolButton::clicked, this, &ImageViewer::actualSize);
    connect(m_save, &QPushButton::clicked, this, &ImageViewer::save);
    connect(m_cancel, &QPushButton::clicked, this, &QWidget::close);
    m_zoomOut->setText(u"−"_s);
    m_zoomIn->setText(u"+"_s);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_save->setShortcut(QKeySequence::Save);
    auto *closeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(10, 6, 10, 6);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    bar->addWidget(m_actual);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);

    // The name as a window title, as it is: Qt would take a "[*]" in it for the place of the
    // "modified" mark, and "[*][*]" for one "[*]".
    setWindowTitle(QString(m_file.name).replace(u"[*]"_s, u"[*][*]"_s));
    QSize start(m_file.width > 0 ? m_file.width : 800, m_file.height > 0 ? m_file.height + 48 : 600);
    resize(start.boundedTo(QSize(1100, 800)).expandedTo(QSize(420, 320)));
    m_cancel->setVisible(false);
    retranslate();
    load();
}

ImageViewer::~ImageViewer()
{
    if (m_download) {
        m_download->disconnect(this);
        m_download->cancel();
    }
}

void ImageViewer::retranslate()
{
    m_zoomOut->setToolTip(tr("Zoom Out"));
    m_zoomOut->setAccessibleName(tr("Zoom Out"));
    m_zoomIn->setToolTip(tr("Zoom In"));
    m_zoomIn->setAccessibleName(tr("Zoom In"));
    m_fit->setText(tr("&Fit"));
    m_fit->setToolTip(tr("Fit to Window"));
    //: The image viewer's button for showing the image at its actual size.
    m_actual->setText(tr("100 %"));
    m_actual->setToolTip(tr("Actual Size"));
    m_save->setText(tr("&Save…"));
    m_cancel->setText(tr("Cancel"));
    m_scroll->setAccessibleName(tr("Image"));
}

void ImageViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImageViewer::load()
{
    // The original is kept among the app's cached files under its id: opening it again costs
    // nothing, and Save… copies it instead of fetching it twice. The id names a folder only
    // once it is known to be one this protocol hands out.
    if (m_session->fileUrl(m_file.id).isEmpty()) {
        setStatus(tr("This image cannot be fetched from the host."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/files/"_s + m_file.id;
    const QString path = QDir(folder).filePath(saveFileName(m_file.name));
    if (QFileInfo(path).size() == m_file.size && m_file.size > 0) {
        showImage(path);
        return;
    }
    if (!QDir().mkpath(folder)) {
        setStatus(tr("The image could not be fetched: there is no room for it in the app's cache folder."));
        return;
    }
    m_download = m_session->download(m_file, path, this);
    if (!m_download) {
        setStatus(tr("This image cannot be fetched from the host."));
        return;
    }
    m_save->setEnabled(false);
    m_cancel->setVisible(true);
    connect(m_download, &FileDownload::progressChanged, this, [this](const TransferProgress &progress) {
        setStatus(tr("Loading… %1").arg(MessageModel::progressText(progress)));
    });
    connect(m_download, &FileDownload::finished, this, [this, path] {
        m_download->deleteLater();
        m_download = nullptr;
        showImage(path);
    });
    connect(m_download, &FileDownload::failed, this, [this](FileDownload::Problem problem) {
        m_download->deleteLater();
        m_download = nullptr;
        m_cancel->setVisible(false);
        setStatus(problem == FileDownload::Problem::NotFound
                      ? tr("The host no longer has this image.")
                      : problem == FileDownload::Problem::Corrupted
                      ? tr("The image arrived damaged and is not shown.")
                      : tr("The image could not be fetched from the host."));
    });
    m_download->start();
}

void ImageViewer::showImage(const QString &path)
{
    m_path = path;
    m_cancel->setVisible(false);
    m_save->setEnabled(true);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // The message says what the host found; the bytes decide, within the same limit the host uses.
    reader.setAllocationLimit(limits::thumbnailAllocationMb);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > limits::maxThumbnailSourcePixels * 4) {
        setStatus(tr("This image is too large to show here. Save it to open it with another program."));
        return;
    }
    m_image = reader.read();
    if (m_image.isNull()) {
        setStatus(tr("This image cannot be shown here. Save it to open it with another program."));
        return;
    }
    m_canvas->setImage(m_image);
    m_canvas->setFitting();
    setStatus(tr("%1 × %2 pixels · %3")
                  .arg(QLocale().toString(m_image.width()), QLocale().toString(m_image.height()),
                       QLocale().formattedDataSize(m_file.size, 1)));
}

void ImageViewer::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString ImageViewer::statusText() const
{
    return m_status->text();
}

qreal ImageViewer::zoom() const
{
    return m_canvas->zoom();
}

bool ImageViewer::isFitting() const
{
    return m_canvas->isFitting();
}

void ImageViewer::zoomIn()
{
    if (isLoaded())
        m_canvas->setZoom(m_canvas->zoom() * zoomStep);
}

void ImageViewer::zoomOut()
{
    if (isLoaded())
        m_canvas->setZoom(m_canvas->zoom() / zoomStep);
}

void ImageViewer::fitToWindow()
{
    m_canvas->setFitting();
}

void ImageViewer::actualSize()
{
    if (isLoaded())
        m_canvas->setZoom(1.0);
}

void ImageViewer::save()
{
    if (m_path.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Image"),
                                                        QDir(folder).filePath(saveFileName(m_file.name)));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return;
    // The dialog asked before replacing a file.
    if (QFile::exists(target))
        QFile::remove(target);
    if (!QFile::copy(m_path, target)) {
        QMessageBox::warning(this, tr("Save Image"),
                             tr("The image could not be saved there. Choose another folder, or free some space."));
        return;
    }
    setStatus(tr("Saved to %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace tincan
