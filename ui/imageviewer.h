#pragma once

#include "protocol/messages.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace tincan {

class ChatSession;
class FileDownload;
class ImageCanvas;

// One image of the chat in a window of its own: the original is fetched (with its progress and
// Cancel), checked and shown fitted to the window; zoom in and out, actual size, and Save… to
// keep it. Only images Qt can decode within an allocation limit are ever decoded.
class ImageViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    // The session must outlive the viewer.
    ImageViewer(ChatSession *session, const protocol::FileInfo &file, QWidget *parent = nullptr);
    ~ImageViewer() override;

    bool isLoaded() const { return !m_image.isNull(); }
    QImage image() const { return m_image; }
    // Pixels on screen per pixel of the image.
    qreal zoom() const;
    bool isFitting() const;
    QString statusText() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void showImage(const QString &path);
    void setStatus(const QString &text);

    ChatSession *m_session;
    protocol::FileInfo m_file;
    FileDownload *m_download = nullptr;
    QString m_path; // the checked original, once here
    QImage m_image;
    QScrollArea *m_scroll;
    ImageCanvas *m_canvas;
    QLabel *m_status;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QToolButton *m_actual;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace tincan
