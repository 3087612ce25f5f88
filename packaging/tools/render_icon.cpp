// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time helper: renders the application's SVG icon to a square raster image (PNG, ICO...)
// with Qt SVG, so packaging needs no external rasterizer on any platform.
// Usage: eipdesk-render-icon INPUT.svg SIZE OUTPUT.(png|ico)
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        err << "usage: eipdesk-render-icon INPUT.svg SIZE OUTPUT\n";
        return 2;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        err << "eipdesk-render-icon: SIZE must be a number from 1 to 4096\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "eipdesk-render-icon: cannot read SVG " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    const QString output = args.at(3);
    QImageWriter writer(output, QFileInfo(output).suffix().toLatin1());
    // No text chunks (such as a creation time) so the output is reproducible.
    if (!writer.write(image.convertToFormat(QImage::Format_ARGB32))) {
        err << "eipdesk-render-icon: cannot write " << output << ": " << writer.errorString()
            << '\n';
        return 1;
    }
    return 0;
}
