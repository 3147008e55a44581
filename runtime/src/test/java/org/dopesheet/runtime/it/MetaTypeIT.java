package org.dopesheet.runtime.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.metatype.OperatorMetaType;
import org.dopesheet.operator.OperatorRegistry;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Operator descriptions through the OSGi Metatype Service (Felix Metatype): the metatype bundle
 * publishes an object class definition per registered operator, and follows operators as their
 * bundles come and go.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetaTypeIT {
    private static final String PROVIDERS = "(objectClass=" + MetaTypeProvider.class.getName() + ")";
    private BundleContext context;
    private MetaTypeService metaTypes;
    private Bundle metatypeBundle;

    @Configuration
    public Option[] config() {
        return options(DopesheetTestSupport.runtime().toArray(Option[]::new));
    }

    @Before
    public void services() throws Exception {
        context = DopesheetTestSupport.contextOf(getClass());
        DopesheetTestSupport.awaitOperators(DopesheetTestSupport.service(context, OperatorRegistry.class),
                List.of("action.select_all", "action.clean", "anim.change_frame"));
        metaTypes = DopesheetTestSupport.service(context, MetaTypeService.class);
        metatypeBundle = DopesheetTestSupport.installed(context, "org.dopesheet.metatype");
        assertNotNull("the metatype bundle is installed", metatypeBundle);
        awaitPids("the operators of the runtime", true, "action.select_all", "action.clean", "anim.change_frame");
    }

    @Test
    public void selectAllIsAnObjectClassWithItsEnumItems() {
        ObjectClassDefinition ocd = ocd("action.select_all");
        assertEquals("org.dopesheet.operator.action.select_all", ocd.getID());
        assertEquals("Select All", ocd.getName());
        assertEquals("Toggle selection of all keyframes", ocd.getDescription());
        AttributeDefinition action = attributes(ocd).get("action");
        assertEquals(AttributeDefinition.STRING, action.getType());
        assertEquals(0, action.getCardinality());
        assertArrayEquals(new String[] {"TOGGLE"}, action.getDefaultValue());
        assertArrayEquals(new String[] {"TOGGLE", "SELECT", "DESELECT", "INVERT"}, action.getOptionValues());
        assertArrayEquals(new String[] {"Toggle", "Select", "Deselect", "Invert"}, action.getOptionLabels());
        assertEquals("", action.validate("INVERT"));
        assertTrue(action.validate("ALL"), action.validate("ALL").contains("has no item 'ALL'"));
    }

    @Test
    public void cleanAndChangeFrameCarryTypesDefaultsAndRanges() {
        Map<String, AttributeDefinition> clean = attributes(ocd("action.clean"));
        assertEquals(List.of("threshold", "channels"), List.copyOf(clean.keySet()));
        AttributeDefinition threshold = clean.get("threshold");
        assertEquals(AttributeDefinition.FLOAT, threshold.getType());
        assertArrayEquals(new String[] {"0.001"}, threshold.getDefaultValue());
        assertEquals("Range: 0.0 to inf.", threshold.getDescription());
        assertEquals("", threshold.validate("0.5"));
        assertFalse(threshold.validate("-1").isEmpty());
        assertEquals(AttributeDefinition.BOOLEAN, clean.get("channels").getType());
        assertArrayEquals(new String[] {"false"}, clean.get("channels").getDefaultValue());

        AttributeDefinition frame = attributes(ocd("anim.change_frame")).get("frame");
        assertEquals(AttributeDefinition.FLOAT, frame.getType());
        assertEquals("Range: -1048574.0 to 1048574.0.", frame.getDescription());
        assertFalse(frame.validate("2000000").isEmpty());
    }

    @Test
    public void operatorsOfABundleComeAndGoWithIt() throws Exception {
        String pid = OperatorMetaType.pid("test.set_frame");
        assertFalse(pids().contains(pid));
        Bundle test = context.installBundle(DopesheetTestSupport.jar("dopesheet.test.operators").toUri().toString());
        try {
            test.start();
            awaitPids("the test bundle's operators", true, "test.set_frame", "test.count_keys");
            AttributeDefinition frame = attributes(ocd("test.set_frame")).get("frame");
            assertEquals(AttributeDefinition.INTEGER, frame.getType());
            assertArrayEquals(new String[] {"1"}, frame.getDefaultValue());
            assertFalse(frame.validate("-5").isEmpty());
        } finally {
            test.uninstall();
        }
        awaitPids("the test bundle's operators gone", false, "test.set_frame", "test.count_keys");
        assertFalse(pids().contains(pid));
        assertTrue(pids().contains(OperatorMetaType.pid("action.select_all")));
    }

    /** The PIDs the Metatype Service reports for the metatype bundle. */
    private List<String> pids() {
        MetaTypeInformation info = metaTypes.getMetaTypeInformation(metatypeBundle);
        String[] pids = info == null ? null : info.getPids();
        return pids == null ? List.of() : Arrays.asList(pids);
    }

    private ObjectClassDefinition ocd(String operatorId) {
        return metaTypes.getMetaTypeInformation(metatypeBundle).getObjectClassDefinition(OperatorMetaType.pid(operatorId), null);
    }

    private static Map<String, AttributeDefinition> attributes(ObjectClassDefinition ocd) {
        Map<String, AttributeDefinition> out = new LinkedHashMap<>();
        for (AttributeDefinition a : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            out.put(a.getID(), a);
        }
        return out;
    }

    /** Waits until the Metatype Service reports (or no longer reports) the PIDs of these operators. */
    private void awaitPids(String what, boolean present, String... operatorIds) throws Exception {
        HostSupport.awaitServices(context, PROVIDERS, what, () -> {
            List<String> pids = pids();
            return Arrays.stream(operatorIds).allMatch(id -> pids.contains(OperatorMetaType.pid(id)) == present);
        });
    }
}
