package org.dopesheet.metatype.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.metatype.OperatorMetaType;
import org.dopesheet.model.KeyframeType;
import org.dopesheet.operator.BoolProperty;
import org.dopesheet.operator.CollectionProperty;
import org.dopesheet.operator.EnumFlagProperty;
import org.dopesheet.operator.EnumProperty;
import org.dopesheet.operator.FloatArrayProperty;
import org.dopesheet.operator.FloatProperty;
import org.dopesheet.operator.GroupProperty;
import org.dopesheet.operator.IntArrayProperty;
import org.dopesheet.operator.IntProperty;
import org.dopesheet.operator.Operator;
import org.dopesheet.operator.OperatorContext;
import org.dopesheet.operator.OperatorDefinition;
import org.dopesheet.operator.OperatorProperties;
import org.dopesheet.operator.OperatorResult;
import org.dopesheet.operator.PropertySchema;
import org.dopesheet.operator.Registries;
import org.dopesheet.operator.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

class OperatorMetaTypeProviderTest {

    /** One property of every kind. */
    @OperatorDefinition(id = "test.kinds", name = "Kinds", description = "One property of every kind", family = "test")
    static class Kinds implements Operator {
        static final PropertySchema SCHEMA = PropertySchema.of(
                BoolProperty.of("flag", true).name("Flag"),
                IntProperty.of("count", 6).name("Count").description("How many").range(1, 64).softRange(1, 32),
                FloatProperty.of("factor", 0.5f).name("Factor").range(0f, Float.MAX_VALUE),
                FloatProperty.of("free", -2.5f),
                StringProperty.of("label", "abc").maxLength(4),
                EnumProperty.of("type", KeyframeType.class, KeyframeType.BREAKDOWN).name("Type")
                        .items(KeyframeType.KEYFRAME, KeyframeType.BREAKDOWN, KeyframeType.JITTER),
                EnumFlagProperty.of("types", KeyframeType.class, EnumSet.of(KeyframeType.KEYFRAME, KeyframeType.JITTER)),
                IntArrayProperty.of("pair", 3, 4).range(0, 10),
                FloatArrayProperty.dynamic("weights"),
                GroupProperty.of("options", PropertySchema.of(IntProperty.of("steps", 2), BoolProperty.of("wrap", false))),
                CollectionProperty.of("path", PropertySchema.of(FloatArrayProperty.of("loc", 0f, 0f))));

        @Override
        public PropertySchema properties() {
            return SCHEMA;
        }

        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            return OperatorResult.FINISHED;
        }
    }

    @OperatorDefinition(id = "test.none", name = "None", family = "test")
    static class NoProperties implements Operator {
        @Override
        public OperatorResult execute(OperatorContext context, OperatorProperties properties) {
            return OperatorResult.FINISHED;
        }
    }

    /** Records what the provider publishes. */
    static final class RecordingPublisher implements OperatorMetaTypeProvider.Publisher {
        final List<List<String>> published = new ArrayList<>();
        boolean closed;

        @Override
        public void pids(String[] pids) {
            published.add(Arrays.asList(pids));
        }

        @Override
        public void close() {
            closed = true;
        }

        List<String> last() {
            return published.get(published.size() - 1);
        }
    }

    private Registries.Standalone standalone;
    private RecordingPublisher publisher;
    private OperatorMetaTypeProvider provider;
    private final Kinds kinds = new Kinds();

    @BeforeEach
    void setUp() {
        standalone = Registries.create().register(kinds);
        publisher = new RecordingPublisher();
        provider = new OperatorMetaTypeProvider(standalone.registry(), publisher);
    }

    @Test
    void pids__followTheOperatorsComingAndGoing() {
        List<String> initial = publisher.last();
        assertTrue(initial.contains("org.dopesheet.operator.test.kinds"), initial.toString());
        NoProperties none = new NoProperties();
        standalone.register(none);
        assertTrue(publisher.last().contains("org.dopesheet.operator.test.none"));
        assertEquals(publisher.last(), provider.publishedPids());
        List<String> sorted = new ArrayList<>(publisher.last());
        sorted.sort(null);
        assertEquals(sorted, publisher.last());
        standalone.unregister(none);
        assertEquals(initial, publisher.last());
        int published = publisher.published.size();
        provider.close();
        assertTrue(publisher.closed);
        standalone.register(new NoProperties());
        assertEquals(published, publisher.published.size(), "nothing published after close");
    }

    @Test
    void definition__carriesTheOperatorsNameDescriptionAndPropertiesInOrder() throws Exception {
        ObjectClassDefinition ocd = provider.getObjectClassDefinition(OperatorMetaType.pid("test.kinds"), null);
        assertEquals("org.dopesheet.operator.test.kinds", ocd.getID());
        assertEquals("Kinds", ocd.getName());
        assertEquals("One property of every kind", ocd.getDescription());
        assertEquals(List.of("flag", "count", "factor", "free", "label", "type", "types", "pair", "weights", "options", "path"),
                Arrays.stream(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)).map(AttributeDefinition::getID).toList());
        assertEquals(11, ocd.getAttributeDefinitions(ObjectClassDefinition.OPTIONAL).length);
        assertNull(ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED), "every property has a default");
        assertNull(ocd.getIcon(16));
        assertNull(provider.getLocales());

        standalone.register(new NoProperties());
        assertNull(provider.getObjectClassDefinition("org.dopesheet.operator.test.none", null).getAttributeDefinitions(
                ObjectClassDefinition.ALL));
        assertThrows(IllegalArgumentException.class, () -> provider.getObjectClassDefinition("org.dopesheet.operator.nope", null));
        assertThrows(IllegalArgumentException.class, () -> provider.getObjectClassDefinition("some.other.pid", null));
    }

    @Test
    void scalars__mapToTypedAttributesWithDefaultsAndRanges() {
        Map<String, AttributeDefinition> ad = attributes();
        assertAttribute(ad.get("flag"), "Flag", AttributeDefinition.BOOLEAN, 0, "true");
        assertAttribute(ad.get("count"), "Count", AttributeDefinition.INTEGER, 0, "6");
        assertEquals("How many. Range: 1 to 64.", ad.get("count").getDescription());
        assertAttribute(ad.get("factor"), "Factor", AttributeDefinition.FLOAT, 0, "0.5");
        assertEquals("Range: 0.0 to inf.", ad.get("factor").getDescription());
        assertEquals("", ad.get("free").getDescription(), "no range, no description");
        assertAttribute(ad.get("label"), "label", AttributeDefinition.STRING, 0, "abc");
        assertNull(ad.get("count").getOptionValues());
    }

    @Test
    void enums__offerTheirItemsAsOptionValuesWithLabels() {
        Map<String, AttributeDefinition> ad = attributes();
        AttributeDefinition type = ad.get("type");
        assertAttribute(type, "Type", AttributeDefinition.STRING, 0, "BREAKDOWN");
        assertArrayEquals(new String[] {"KEYFRAME", "BREAKDOWN", "JITTER"}, type.getOptionValues());
        assertArrayEquals(new String[] {"Keyframe", "Breakdown", "Jitter"}, type.getOptionLabels());
        AttributeDefinition types = ad.get("types");
        assertEquals(KeyframeType.values().length, types.getCardinality());
        assertArrayEquals(new String[] {"KEYFRAME", "JITTER"}, types.getDefaultValue());
        assertEquals(KeyframeType.values().length, types.getOptionValues().length);
    }

    @Test
    void arraysAndGroups__mapToCardinalityAndPythonLiterals() {
        Map<String, AttributeDefinition> ad = attributes();
        assertAttribute(ad.get("pair"), "pair", AttributeDefinition.INTEGER, 2, "3", "4");
        assertEquals(Integer.MAX_VALUE, ad.get("weights").getCardinality());
        assertArrayEquals(new String[0], ad.get("weights").getDefaultValue());
        assertAttribute(ad.get("options"), "options", AttributeDefinition.STRING, 0, "{'steps': 2, 'wrap': False}");
        assertAttribute(ad.get("path"), "path", AttributeDefinition.STRING, 0, "[]");
    }

    @Test
    void validate__appliesThePropertysOwnRules() {
        Map<String, AttributeDefinition> ad = attributes();
        assertEquals("", ad.get("count").validate("64"));
        assertTrue(ad.get("count").validate("65").contains("out of range [1, 64]"), ad.get("count").validate("65"));
        assertTrue(ad.get("count").validate("six").contains("expected an int"));
        assertEquals("", ad.get("factor").validate("2.5"));
        assertTrue(ad.get("factor").validate("-0.1").contains("out of range"));
        assertEquals("", ad.get("flag").validate("false"));
        assertTrue(ad.get("flag").validate("maybe").contains("flag"));
        assertEquals("", ad.get("label").validate("abcd"));
        assertTrue(!ad.get("label").validate("abcde").isEmpty());
        assertEquals("", ad.get("type").validate("JITTER"));
        assertTrue(ad.get("type").validate("EXTREME").contains("has no item 'EXTREME'"));
        assertEquals("", ad.get("types").validate("KEYFRAME,BREAKDOWN"));
        assertTrue(!ad.get("types").validate("KEYFRAME,NOPE").isEmpty());
        assertEquals("", ad.get("pair").validate("0, 10"));
        assertTrue(!ad.get("pair").validate("0,11").isEmpty(), "element out of range");
        assertTrue(!ad.get("pair").validate("1,2,3").isEmpty(), "wrong length");
        assertEquals("", ad.get("weights").validate("0.5,1.5,2"));
        assertEquals("", ad.get("options").validate("{'steps': 5}"));
        assertTrue(!ad.get("options").validate("{'nope': 5}").isEmpty());
        assertTrue(!ad.get("options").validate("{'steps': ").isEmpty(), "syntax error");
        assertEquals("", ad.get("path").validate("[{'loc': [1.0, 2.0]}]"));
    }

    @Test
    void splitEscaped__honoursBackslashEscapes() {
        assertEquals(List.of("a,b", "c\\d", ""), PropertyAttributeDefinition.splitEscaped("a\\,b,c\\\\d,"));
        assertEquals(List.of(), PropertyAttributeDefinition.splitEscaped(""));
    }

    private Map<String, AttributeDefinition> attributes() {
        Map<String, AttributeDefinition> out = new LinkedHashMap<>();
        for (AttributeDefinition a : provider.getObjectClassDefinition(OperatorMetaType.pid("test.kinds"), null)
                .getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            out.put(a.getID(), a);
        }
        return out;
    }

    private static void assertAttribute(AttributeDefinition a, String name, int type, int cardinality, String... defaults) {
        assertEquals(name, a.getName(), a.getID());
        assertEquals(type, a.getType(), a.getID());
        assertEquals(cardinality, a.getCardinality(), a.getID());
        assertArrayEquals(defaults, a.getDefaultValue(), a.getID());
    }
}
