// SPDX-License-Identifier: GPL-3.0-or-later
#include "createcontainerdialog.h"

#include "clearbutton.h"
#include "icons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rexec::ui {

namespace {

constexpr int kImageKeyRole = Qt::UserRole + 1;
const QString kCustomKey = QStringLiteral("custom");

QString suggestedName()
{
    static const char *const adjectives[] = {"amber", "brisk", "clever", "dapper", "eager", "fuzzy", "gentle", "happy"};
    static const char *const nouns[] = {"badger", "comet", "falcon", "harbor", "meadow", "otter", "pine", "river"};
    auto *random = QRandomGenerator::global();
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1StringView(adjectives[random->bounded(8)]), QLatin1StringView(nouns[random->bounded(8)]))
        .arg(random->bounded(10, 100));
}

QSpinBox *resourceSpin(const QString &suffix, int minimum, int maximum, int step, int value, const QString &name)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setValue(value);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

CreateContainerDialog::CreateContainerDialog(QWidget *parent)
    : QDialog(parent)
    , m_imageSearch(new QLineEdit)
    , m_images(new QListWidget)
    , m_customImage(new QLineEdit)
    , m_name(new QLineEdit)
    , m_nameState(new QLabel)
    , m_role(new QComboBox)
    , m_memory(resourceSpin(tr(" MiB"), 256, 4096, 256, 2048, QStringLiteral("memorySpin")))
    , m_cpu(resourceSpin(tr(" millicores"), 250, 4000, 250, 2000, QStringLiteral("cpuSpin")))
    , m_disk(resourceSpin(tr(" MiB"), 1024, 16384, 1024, 10240, QStringLiteral("diskSpin")))
    , m_environment(new QTableWidget(0, 2))
    , m_labels(new QTableWidget(0, 2))
    , m_stage(new QLabel)
    , m_progress(new QProgressBar)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("createContainerDialog"));
    setWindowTitle(tr("New Container"));
    resize(820, 560);

    m_imageSearch->setObjectName(QStringLiteral("imageSearch"));
    m_imageSearch->setPlaceholderText(tr("Search images"));
    addClearButton(m_imageSearch);
    m_imageSearch->setAccessibleName(tr("Search images"));
    m_images->setObjectName(QStringLiteral("imageList"));
    m_images->setAccessibleName(tr("Images"));
    m_images->setUniformItemSizes(false);
    m_images->setWordWrap(true);
    m_customImage->setObjectName(QStringLiteral("customImage"));
    m_customImage->setPlaceholderText(tr("e.g. ghcr.io/owner/image:tag"));
    m_customImage->setAccessibleName(tr("Custom image reference"));
    m_customImage->setVisible(false);
    connect(m_imageSearch, &QLineEdit::textChanged, this, &CreateContainerDialog::fillImageList);
    connect(m_images, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_customImage->setVisible(item && item->data(kImageKeyRole).toString() == kCustomKey);
        updateNameState();
    });

    auto *imagePane = new QWidget;
    auto *imageLayout = new QVBoxLayout(imagePane);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    auto *imageTitle = new QLabel(tr("<b>Image</b>"));
    imageLayout->addWidget(imageTitle);
    imageLayout->addWidget(m_imageSearch);
    imageLayout->addWidget(m_images, 1);
    imageLayout->addWidget(m_customImage);

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Leave empty for a generated name"));
    m_name->setAccessibleName(tr("Container name"));
    m_name->setMaxLength(64);
    m_nameState->setObjectName(QStringLiteral("nameState"));
    m_nameState->setWordWrap(true);
    m_nameState->setMinimumWidth(300);
    auto *suggest = new QToolButton;
    suggest->setObjectName(QStringLiteral("suggestName"));
    suggest->setText(tr("Suggest"));
    suggest->setAccessibleName(tr("Suggest a name"));
    connect(suggest, &QToolButton::clicked, this, [this] { m_name->setText(suggestedName()); });
    connect(m_name, &QLineEdit::textChanged, this, &CreateContainerDialog::updateNameState);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(suggest);

    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));

    m_role->setMinimumWidth(220);
    for (QSpinBox *spin : {m_memory, m_cpu, m_disk})
        spin->setMinimumWidth(180);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A layout has no buddy of its own: the label names the line edit so that Alt+N reaches it.
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);
    form->addRow(QString(), m_nameState);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("C&PU:"), m_cpu);
    form->addRow(tr("&Disk:"), m_disk);
    auto *formBox = new QWidget;
    formBox->setLayout(form);

    auto *extras = new QTabWidget;
    extras->setObjectName(QStringLiteral("extrasTabs"));
    extras->addTab(keyValueEditor(m_environment, tr("variable")), tr("Environment"));
    extras->addTab(keyValueEditor(m_labels, tr("label")), tr("Labels"));
    m_environment->setObjectName(QStringLiteral("environmentTable"));
    m_labels->setObjectName(QStringLiteral("labelsTable"));

    auto *settingsPane = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settingsPane);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addWidget(new QLabel(tr("<b>Settings</b>")));
    settingsLayout->addWidget(formBox);
    settingsLayout->addWidget(extras, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(imagePane);
    splitter->addWidget(settingsPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 500});
    splitter->setChildrenCollapsible(false);

    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_progress->setObjectName(QStringLiteral("createProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_stage->setVisible(false);
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_error->setVisible(false);

    QPushButton *create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    // Enter creates. Cancel must not take over as the default when it gets the focus (an
    // auto-default button does), or Enter after typing a name would throw the form away.
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    create->setIcon(themedIcon(QStringLiteral("action-new")));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] {
        const QString problem = validationProblem();
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->setVisible(true);
            return;
        }
        m_error->setVisible(false);
        setBusy(true);
        showProgress(tr("Sending the request…"), 0);
        emit createRequested(request());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    updateNameState();
}

QWidget *CreateContainerDialog::keyValueEditor(QTableWidget *table, const QString &what)
{
    table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setAccessibleName(what);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(table == m_environment ? QStringLiteral("addEnvironment") : QStringLiteral("addLabel"));
    auto *remove = new QPushButton(tr("Remove"));
    // Enter anywhere in the form creates the container; these only act when clicked or pressed.
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, table, [table] { addKeyValueRow(table); });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return box;
}

void CreateContainerDialog::addKeyValueRow(QTableWidget *table)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem);
    table->setItem(row, 1, new QTableWidgetItem);
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
}

QMap<QString, QString> CreateContainerDialog::keyValues(const QTableWidget *table)
{
    QMap<QString, QString> out;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString key = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            out.insert(key, table->item(row, 1) ? table->item(row, 1)->text() : QString());
    }
    return out;
}

void CreateContainerDialog::setImages(const api::ImageCatalog &catalog)
{
    m_catalog = catalog;
    fillImageList();
}

void CreateContainerDialog::fillImageList()
{
    const QString wanted = m_images->currentItem() ? m_images->currentItem()->data(kImageKeyRole).toString() : QString();
    const QString search = m_imageSearch->text().trimmed();
    m_images->clear();
    auto matches = [&search](const api::ImageInfo &image) {
        return search.isEmpty() || image.name.contains(search, Qt::CaseInsensitive)
            || image.label().contains(search, Qt::CaseInsensitive) || image.description.contains(search, Qt::CaseInsensitive)
            || image.category.contains(search, Qt::CaseInsensitive);
    };
    auto addHeader = [this](const QString &text) {
        auto *header = new QListWidgetItem(text.toUpper());
        header->setFlags(Qt::NoItemFlags);
        QFont font = header->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        header->setFont(font);
        m_images->addItem(header);
    };
    auto addImage = [this](const api::ImageInfo &image) {
        auto *item = new QListWidgetItem(image.label());
        item->setData(kImageKeyRole, image.name);
        item->setToolTip(image.description.isEmpty() ? image.name : image.description);
        m_images->addItem(item);
        return item;
    };
    QStringList shown;
    // Popular first, then every category in the server's order.
    const auto popular = m_catalog.popular;
    QList<api::ImageInfo> popularMatches;
    for (const auto &image : popular) {
        if (matches(image))
            popularMatches << image;
    }
    if (!popularMatches.isEmpty()) {
        addHeader(tr("Popular"));
        for (const auto &image : popularMatches) {
            addImage(image);
            shown << image.name;
        }
    }
    for (auto it = m_catalog.categories.begin(); it != m_catalog.categories.end(); ++it) {
        QList<api::ImageInfo> inCategory;
        for (const auto &image : it.value()) {
            if (matches(image) && !shown.contains(image.name))
                inCategory << image;
        }
        if (inCategory.isEmpty())
            continue;
        addHeader(it.key());
        for (const auto &image : inCategory) {
            addImage(image);
            shown << image.name;
        }
    }
    if (search.isEmpty() || QStringLiteral("custom").contains(search, Qt::CaseInsensitive)) {
        addHeader(tr("Other"));
        auto *custom = new QListWidgetItem(tr("Custom image…"));
        custom->setData(kImageKeyRole, kCustomKey);
        m_images->addItem(custom);
    }
    for (int i = 0; i < m_images->count(); ++i) {
        const QString key = m_images->item(i)->data(kImageKeyRole).toString();
        if (!key.isEmpty() && (key == wanted || (wanted.isEmpty() && m_images->currentRow() < 0))) {
            m_images->setCurrentRow(i);
            if (key == wanted)
                break;
        }
    }
}

void CreateContainerDialog::setRoles(const api::RoleList &roles)
{
    const QString current = m_role->currentData().toString();
    m_role->clear();
    for (const auto &role : roles.roles)
        m_role->addItem(role.name.isEmpty() ? role.id : role.name, role.id);
    const int index = m_role->findData(current);
    if (index >= 0)
        m_role->setCurrentIndex(index);
}

void CreateContainerDialog::setLimits(const api::PlanLimits &limits)
{
    if (limits.memoryMb > 0)
        m_memory->setMaximum(int(limits.memoryMb));
    if (limits.cpuShares > 0)
        m_cpu->setMaximum(int(limits.cpuShares));
    if (limits.diskMb > 0)
        m_disk->setMaximum(int(limits.diskMb));
}

void CreateContainerDialog::setCatalogError(const api::ApiError &error)
{
    m_error->setText(tr("The list of images could not be loaded: %1").arg(error.userMessage()));
    m_error->setVisible(true);
}

api::CreateContainerRequest CreateContainerDialog::request() const
{
    api::CreateContainerRequest r;
    r.image = m_images->currentItem() ? m_images->currentItem()->data(kImageKeyRole).toString() : QString();
    if (r.image == kCustomKey)
        r.customImage = m_customImage->text().trimmed();
    r.name = m_name->text().trimmed();
    r.role = m_role->currentData().toString();
    r.memoryMb = m_memory->value();
    r.cpuShares = m_cpu->value();
    r.diskMb = m_disk->value();
    r.environment = keyValues(m_environment);
    r.labels = keyValues(m_labels);
    return r;
}

QString CreateContainerDialog::validationProblem() const
{
    const api::CreateContainerRequest r = request();
    if (r.image.isEmpty())
        return tr("Choose an image.");
    if (r.image == kCustomKey && r.customImage.isEmpty())
        return tr("Enter the custom image's reference.");
    if (!r.name.isEmpty() && !api::isValidContainerName(r.name))
        return tr("The name may only use letters, digits, '-' and '_', must not start with '-' or '_', "
                  "and has at most 64 characters.");
    return {};
}

void CreateContainerDialog::updateNameState()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        m_nameState->setText(tr("The server will choose a name."));
    else if (api::isValidContainerName(name))
        m_nameState->setText(tr("✓ A valid name."));
    else
        m_nameState->setText(tr("✗ Letters, digits, '-' and '_' only; not starting with '-' or '_'; up to 64 characters."));
    m_nameState->setStyleSheet(!name.isEmpty() && !api::isValidContainerName(name) ? QStringLiteral("color: #cf222e;")
                                                                                  : QString());
}

void CreateContainerDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_images, m_imageSearch, m_customImage, m_name, m_role, m_memory,
                                                        m_cpu, m_disk, m_environment, m_labels})
        w->setEnabled(!busy);
    m_buttons->buttons().first()->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_stage->setVisible(busy);
}

void CreateContainerDialog::showProgress(const QString &stage, int percent)
{
    m_stage->setText(stage);
    m_progress->setValue(percent);
    m_stage->setVisible(true);
    m_progress->setVisible(true);
}

void CreateContainerDialog::showError(const api::ApiError &error)
{
    setBusy(false);
    m_error->setText(error.userMessage());
    m_error->setVisible(true);
    if (error.httpStatus == 409)
        m_name->setFocus();
}

void CreateContainerDialog::showDone()
{
    setBusy(false);
    accept();
}

} // namespace rexec::ui
