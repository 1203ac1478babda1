package nl.klantpunten.local;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a CloudFormation/SAM template into plain maps and lists. A plain YAML loader refuses the short intrinsic tags
 * ({@code !Ref}, {@code !GetAtt}, {@code !Sub}...); here every such tag becomes the long form CloudFormation itself
 * uses ({@code {"Ref": x}}, {@code {"Fn::GetAtt": [resource, attribute]}}, {@code {"Fn::Sub": x}}), so checks can
 * follow references. Duplicate keys are an error: YAML keeps the last silently, which hides copy-paste mistakes.
 */
final class CloudFormationYaml {
  private CloudFormationYaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Object root = new Yaml(new IntrinsicConstructor(options)).load(text);
    if (!(root instanceof Map)) {
      throw new IllegalArgumentException("a template is a YAML mapping at the top level");
    }
    return (Map<String, Object>) root;
  }

  /** The text of {@code {"Ref": name}}, or null when the value is not a Ref. */
  static String ref(Object value) {
    return value instanceof Map<?, ?> map && map.size() == 1 && map.get("Ref") instanceof String s ? s : null;
  }

  /** The resource of {@code {"Fn::GetAtt": [resource, attribute]}}, or null. */
  static String getAttResource(Object value) {
    if (value instanceof Map<?, ?> map && map.get("Fn::GetAtt") instanceof List<?> parts && !parts.isEmpty()) {
      return String.valueOf(parts.get(0));
    }
    return null;
  }

  private static final class IntrinsicConstructor extends SafeConstructor {
    IntrinsicConstructor(LoaderOptions options) {
      super(options);
      // the entry under the null tag is what SnakeYAML uses for every tag it does not know
      yamlConstructors.put(null, new Intrinsic());
    }

    private final class Intrinsic extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        String tag = node.getTag().getValue();
        if (!tag.startsWith("!") || tag.startsWith("!!")) {
          throw new IllegalArgumentException("unexpected YAML tag " + tag + " at " + node.getStartMark());
        }
        String name = tag.substring(1);
        Object value;
        if (node instanceof ScalarNode scalar) {
          value = constructScalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        if (name.equals("Ref") || name.equals("Condition")) {
          return Map.of(name, value);
        }
        if (name.equals("GetAtt") && value instanceof String dotted) {
          int dot = dotted.indexOf('.');
          return Map.of("Fn::GetAtt", dot < 0 ? List.of(dotted) : List.of(dotted.substring(0, dot),
              dotted.substring(dot + 1)));
        }
        return Map.of("Fn::" + name, value);
      }
    }
  }
}
