// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/account.h"
#include "api/apierror.h"
#include "api/catalog.h"
#include "api/containers.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSpinBox;
class QTableWidget;

namespace rexec::ui {

// New container: image (categories, popular first, search, custom), role, a name checked live
// against the real server's rules, resources within the plan's limits, environment and labels.
// While the server creates it, the dialog shows the stages; refusals (400, 403 with the limit,
// 409, 429) are shown in place and nothing the user typed is lost.
class CreateContainerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateContainerDialog(QWidget *parent = nullptr);

    void setImages(const api::ImageCatalog &catalog);
    void setRoles(const api::RoleList &roles);
    void setLimits(const api::PlanLimits &limits);
    void setCatalogError(const api::ApiError &error);

    api::CreateContainerRequest request() const;
    QString validationProblem() const;

    // Called by whoever runs the creation.
    void showProgress(const QString &stage, int percent);
    void showError(const api::ApiError &error);
    void showDone();

signals:
    void createRequested(const api::CreateContainerRequest &request);

private:
    void updateNameState();
    void fillImageList();
    void setBusy(bool busy);
    static void addKeyValueRow(QTableWidget *table);
    static QMap<QString, QString> keyValues(const QTableWidget *table);
    QWidget *keyValueEditor(QTableWidget *table, const QString &what);

    api::ImageCatalog m_catalog;
    QLineEdit *m_imageSearch;
    QListWidget *m_images;
    QLineEdit *m_customImage;
    QLineEdit *m_name;
    QLabel *m_nameState;
    QComboBox *m_role;
    QSpinBox *m_memory;
    QSpinBox *m_cpu;
    QSpinBox *m_disk;
    QTableWidget *m_environment;
    QTableWidget *m_labels;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace rexec::ui
