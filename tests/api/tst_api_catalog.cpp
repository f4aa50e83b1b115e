// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/catalog.h"

#include "apitestutil.h"

#include <QTest>

using namespace rexec::api;
using rexec::test::jsonArray;
using rexec::test::jsonObject;

namespace {

// GET /api/images (protocol reference §2.8): {images, categories: {category: [...]}, popular}.
const char *const kImages = R"({
  "images": [
    {"name": "ubuntu", "display_name": "Ubuntu 24.04", "description": "Popular Linux distribution",
     "category": "debian", "tags": ["lts", "apt"], "popular": true},
    {"name": "alpine", "display_name": "Alpine", "description": "Tiny", "category": "minimal",
     "tags": ["musl"], "popular": true}
  ],
  "categories": {
    "minimal": [
      {"name": "alpine", "display_name": "Alpine", "description": "Tiny", "category": "minimal",
       "tags": ["musl"], "popular": true}
    ],
    "debian": [
      {"name": "ubuntu", "display_name": "Ubuntu 24.04", "description": "Popular Linux distribution",
       "category": "debian", "tags": ["lts", "apt"], "popular": true},
      {"name": "debian", "display_name": "Debian 13", "description": "Stable", "category": "debian",
       "tags": [], "popular": false}
    ],
    "macos": [
      {"name": "macos", "display_name": "macOS", "description": "VM", "category": "macos", "tags": null,
       "popular": false}
    ]
  },
  "popular": [
    {"name": "ubuntu", "display_name": "Ubuntu 24.04", "description": "Popular Linux distribution",
     "category": "debian", "tags": ["lts", "apt"], "popular": true}
  ]
})";

// GET /api/roles: {roles: [{id, name, description, icon, packages}]}.
const char *const kRoles = R"({
  "roles": [
    {"id": "barebone", "name": "Barebone", "description": "No setup at all", "icon": "\ud83d\udce6",
     "packages": []},
    {"id": "python", "name": "Python", "description": "Python with pip", "icon": "\ud83d\udc0d",
     "packages": ["python3", "python3-pip", "ipython"]}
  ]
})";

QStringList names(const QList<ImageInfo> &images)
{
    QStringList list;
    for (const ImageInfo &image : images)
        list.append(image.name);
    return list;
}

} // namespace

class TestApiCatalog : public QObject
{
    Q_OBJECT
private slots:
    void images()
    {
        const ImageCatalog catalog = ImageCatalog::fromJson(jsonObject(kImages));
        QCOMPARE(names(catalog.images), QStringList({QStringLiteral("ubuntu"), QStringLiteral("alpine")}));
        const ImageInfo &ubuntu = catalog.images.at(0);
        QCOMPARE(ubuntu.displayName, QStringLiteral("Ubuntu 24.04"));
        QCOMPARE(ubuntu.description, QStringLiteral("Popular Linux distribution"));
        QCOMPARE(ubuntu.category, QStringLiteral("debian"));
        QCOMPARE(ubuntu.tags, QStringList({QStringLiteral("lts"), QStringLiteral("apt")}));
        QVERIFY(ubuntu.popular);
        QCOMPARE(ubuntu.label(), QStringLiteral("Ubuntu 24.04"));

        // Ordered by key, whatever order the server wrote.
        QCOMPARE(catalog.categories.keys(),
                 QStringList({QStringLiteral("debian"), QStringLiteral("macos"), QStringLiteral("minimal")}));
        QCOMPARE(names(catalog.categories.value(QStringLiteral("debian"))),
                 QStringList({QStringLiteral("ubuntu"), QStringLiteral("debian")}));
        QVERIFY(catalog.categories.value(QStringLiteral("macos")).at(0).tags.isEmpty()); // tags:null
        QCOMPARE(names(catalog.popular), QStringList{QStringLiteral("ubuntu")});

        QCOMPARE(names(catalog.allImages()),
                 QStringList({QStringLiteral("ubuntu"), QStringLiteral("alpine"), QStringLiteral("debian"),
                              QStringLiteral("macos")}));
    }

    void imagesDerivedWhenMissing()
    {
        const ImageCatalog catalog = ImageCatalog::fromJson(jsonObject(R"({"images":[
            {"name":"ubuntu","category":"debian","popular":true},
            {"name":"kali","category":"security"},
            {"name":"plain"}]})"));
        QCOMPARE(catalog.images.size(), 3);
        QCOMPARE(catalog.categories.keys(), QStringList({QStringLiteral("debian"), QStringLiteral("security")}));
        QCOMPARE(names(catalog.popular), QStringList{QStringLiteral("ubuntu")});
        QCOMPARE(catalog.images.at(2).label(), QStringLiteral("plain")); // no display name: the key
    }

    void imagesBareArray()
    {
        const ImageCatalog catalog = ImageCatalog::fromJsonValue(
                QJsonValue(jsonArray(R"([{"name":"fedora","category":"redhat","popular":"true"}])")));
        QCOMPARE(names(catalog.images), QStringList{QStringLiteral("fedora")});
        QCOMPARE(catalog.categories.keys(), QStringList{QStringLiteral("redhat")});
        QCOMPARE(names(catalog.popular), QStringList{QStringLiteral("fedora")});
    }

    void imagesHostile()
    {
        const ImageCatalog catalog = ImageCatalog::fromJson(jsonObject(R"({
            "images": [null, 3, {"display_name":"no key"}, {"name":"ok","tags":"single","popular":"no"}],
            "categories": {"empty": [], "junk": "x", "mixed": [{"name":"m"}, 5]},
            "popular": null
        })"));
        QCOMPARE(names(catalog.images), QStringList{QStringLiteral("ok")});
        QCOMPARE(catalog.images.at(0).tags, QStringList{QStringLiteral("single")});
        QVERIFY(!catalog.images.at(0).popular);
        QCOMPARE(catalog.categories.keys(), QStringList{QStringLiteral("mixed")});
        QVERIFY(catalog.popular.isEmpty());

        const ImageCatalog wrong = ImageCatalog::fromJson(jsonObject(R"({"images":{"name":"x"},"categories":[1]})"));
        QVERIFY(wrong.images.isEmpty());
        QVERIFY(wrong.categories.isEmpty());
        QVERIFY(ImageCatalog::fromJsonValue(QJsonValue()).images.isEmpty());
    }

    void roles()
    {
        const RoleList list = RoleList::fromJson(jsonObject(kRoles));
        QCOMPARE(list.roles.size(), 2);
        QCOMPARE(list.roles.at(0).id, QStringLiteral("barebone"));
        QVERIFY(list.roles.at(0).packages.isEmpty());
        const RoleInfo &python = list.roles.at(1);
        QCOMPARE(python.name, QStringLiteral("Python"));
        QCOMPARE(python.description, QStringLiteral("Python with pip"));
        QCOMPARE(python.icon, QString::fromUtf8("\xf0\x9f\x90\x8d"));
        QCOMPARE(python.packages,
                 QStringList({QStringLiteral("python3"), QStringLiteral("python3-pip"), QStringLiteral("ipython")}));
    }

    void rolesBareArrayAndHostile()
    {
        const RoleList bare = RoleList::fromJsonValue(QJsonValue(jsonArray(R"([{"id":"go","name":"Go"}])")));
        QCOMPARE(bare.roles.size(), 1);
        QCOMPARE(bare.roles.at(0).name, QStringLiteral("Go"));

        QVERIFY(RoleList::fromJson(jsonObject(R"({"roles":null})")).roles.isEmpty());
        QVERIFY(RoleList::fromJson(jsonObject(R"({"roles":{"id":"x"}})")).roles.isEmpty());
        const RoleList mixed = RoleList::fromJson(
                jsonObject(R"({"roles":[{"name":"no id"}, 1, {"id":"node","packages":[1,"npm",null]}]})"));
        QCOMPARE(mixed.roles.size(), 1);
        QCOMPARE(mixed.roles.at(0).packages, QStringList{QStringLiteral("npm")});
    }
};

QTEST_GUILESS_MAIN(TestApiCatalog)
#include "tst_api_catalog.moc"
