package vn.gov.cchc.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a browser knows of one Vaadin UI: the element tree the server describes in each UIDL response's
 * {@code changes}, kept just far enough to find a field or a button the way a user would (by its tag and its text).
 *
 * <p>Flow's node features by id, as its client reads them: 0 element data (the tag), 1 properties, 2 children,
 * 7 a text node's text. Nodes are {@code attach}ed, then {@code put} and {@code splice}d; a {@code detach}ed node is
 * gone (the server may give its id to a new node later).
 */
final class UidlTree {

    private static final int ELEMENT_DATA = 0;
    private static final int CHILDREN = 2;
    private static final int TEXT = 7;

    private static final class Node {
        String tag = "";
        String text = "";
        final List<Integer> children = new ArrayList<>();
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies one response's {@code changes} (absent in most small responses). */
    void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            switch (change.path("type").asText()) {
                case "attach" -> nodes.put(id, new Node());
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == CHILDREN) {
                        node(id).children.clear();
                    }
                }
                default -> {
                    // "remove" of a map key and the like: nothing a user looks at
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, ignored -> new Node());
    }

    private static void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asText();
        if (feature == ELEMENT_DATA && key.equals("tag")) {
            node.tag = change.path("value").asText();
        } else if (feature == TEXT && key.equals("text")) {
            node.text = change.path("value").asText();
        }
    }

    private static void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt() != CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        JsonNode added = change.path("addNodes");
        for (int i = 0; i < added.size(); i++) {
            node.children.add(Math.min(index + i, node.children.size()), added.get(i).asInt());
        }
    }

    /** The newest element with this tag (a view built again after a save gets new nodes). */
    Optional<Integer> newest(String tag) {
        return nodes.entrySet().stream().filter(e -> e.getValue().tag.equals(tag)).map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    /** The newest {@code vaadin-button} whose own text is exactly this. */
    Optional<Integer> button(String text) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().tag.equals("vaadin-button"))
                .filter(e -> e.getValue().children.stream().map(nodes::get)
                        .anyMatch(child -> child != null && child.text.equals(text)))
                .map(Map.Entry::getKey).max(Integer::compare);
    }
}
