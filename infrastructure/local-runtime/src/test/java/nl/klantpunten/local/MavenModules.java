package nl.klantpunten.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The repository's Maven modules as the template checks need them: where each lives, its artifactId and version, its
 * own project dependencies (those that end up in its deployable: compile and runtime scope, not test jars), whether it
 * builds a shaded Lambda jar (declares maven-shade-plugin without an outputFile of its own), and the classifier that
 * jar gets (the root pom's shade configuration). Read from the
 * pom files with the JDK's XML parser; nothing is resolved from a repository.
 */
final class MavenModules {
  private final Path root;
  private final String groupId;
  private final String lambdaClassifier;
  private final Map<String, Module> byArtifactId;

  record Module(String dir, String artifactId, String version, List<String> projectDependencies,
      boolean buildsLambdaJar) {}

  private MavenModules(Path root, String groupId, String lambdaClassifier, Map<String, Module> byArtifactId) {
    this.root = root;
    this.groupId = groupId;
    this.lambdaClassifier = lambdaClassifier;
    this.byArtifactId = byArtifactId;
  }

  /** The folder above the working directory that holds template.yaml and the root pom. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.isRegularFile(dir.resolve("template.yaml"))
        && Files.isRegularFile(dir.resolve("pom.xml")))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no folder above " + Path.of("").toAbsolutePath()
          + " holds both template.yaml and pom.xml");
    }
    return dir;
  }

  static MavenModules read(Path root) {
    Element rootPom = parse(root.resolve("pom.xml"));
    String groupId = text(rootPom, "groupId");
    String classifier = descendantText(rootPom, "shadedClassifierName")
        .orElseThrow(() -> new IllegalStateException("the root pom configures no shadedClassifierName"));
    Map<String, Module> modules = new LinkedHashMap<>();
    for (Element module : children(child(rootPom, "modules"), "module")) {
      String dir = module.getTextContent().trim();
      Element pom = parse(root.resolve(dir).resolve("pom.xml"));
      String version = text(pom, "version");
      if (version == null) {
        version = text(child(pom, "parent"), "version");
      }
      List<String> dependencies = new ArrayList<>();
      for (Element dependency : children(child(pom, "dependencies"), "dependency")) {
        String scope = text(dependency, "scope");
        String type = text(dependency, "type");
        boolean shipped = scope == null || scope.equals("compile") || scope.equals("runtime");
        if (groupId.equals(text(dependency, "groupId")) && shipped && (type == null || type.equals("jar"))) {
          dependencies.add(text(dependency, "artifactId"));
        }
      }
      // a Lambda jar is the shade plugin's classified jar; a module that names its own outputFile (the admin
      // command line's runnable jar) builds something else
      boolean shaded = false;
      Element build = child(pom, "build");
      for (Element plugin : children(build == null ? null : child(build, "plugins"), "plugin")) {
        shaded |= "maven-shade-plugin".equals(text(plugin, "artifactId"))
            && plugin.getElementsByTagName("outputFile").getLength() == 0;
      }
      String artifactId = text(pom, "artifactId");
      modules.put(artifactId, new Module(dir, artifactId, version, List.copyOf(dependencies), shaded));
    }
    return new MavenModules(root, groupId, classifier, modules);
  }

  Path root() {
    return root;
  }

  List<Module> all() {
    return List.copyOf(byArtifactId.values());
  }

  /** The module whose src/main/java holds this class's source file. */
  Optional<Module> moduleOfClass(String className) {
    String relative = className.replace('.', '/') + ".java";
    return byArtifactId.values().stream()
        .filter(m -> Files.isRegularFile(root.resolve(m.dir()).resolve("src/main/java").resolve(relative)))
        .findFirst();
  }

  /** The module itself and every project module it ships with, nearest first. */
  List<Module> withShippedDependencies(Module start) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start.artifactId()));
    List<Module> out = new ArrayList<>();
    while (!todo.isEmpty()) {
      String artifactId = todo.removeFirst();
      Module module = byArtifactId.get(artifactId);
      if (module != null && seen.add(artifactId)) {
        out.add(module);
        todo.addAll(module.projectDependencies());
      }
    }
    return out;
  }

  /** Where Maven puts a module's shaded Lambda jar, relative to the repository root. */
  String lambdaJar(Module module) {
    return module.dir() + "/target/" + module.artifactId() + "-" + module.version() + "-" + lambdaClassifier + ".jar";
  }

  String groupId() {
    return groupId;
  }

  private static Element parse(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      try (InputStream in = Files.newInputStream(pom)) {
        Document document = factory.newDocumentBuilder().parse(in);
        return document.getDocumentElement();
      }
    } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IllegalStateException("cannot read " + pom, e);
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }

  private static Optional<String> descendantText(Element parent, String name) {
    var found = parent.getElementsByTagName(name);
    return found.getLength() == 0 ? Optional.empty() : Optional.of(found.item(0).getTextContent().trim());
  }
}
