package org.jracket.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The padding of {@link Machine} works on this JVM: every field a thread writes often is at
 * least a cache line from both ends of the object, so two machines side by side in the heap
 * (two future workers) never write to the same line. Field offsets come from
 * sun.misc.Unsafe, the only way to see the layout HotSpot chose.
 */
class MachineLayoutTest {
    private static final int CACHE_LINE = 64;

    private record Slot(String name, long offset, int size) {}

    @Test
    void hotFieldsAreACacheLineFromBothEnds() throws ReflectiveOperationException {
        Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
        List<Slot> slots = new ArrayList<>();
        for (Field f : Machine.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            @SuppressWarnings("removal") long offset = unsafe.objectFieldOffset(f);
            int size = f.getType() == long.class || f.getType() == double.class ? 8 : 4;
            slots.add(new Slot(f.getName(), offset, size));
        }
        long end = slots.stream().mapToLong(s -> s.offset() + s.size()).max().orElseThrow();
        int hot = 0;
        for (Slot s : slots) {
            if (s.name().startsWith("lead") || s.name().startsWith("trail")) continue;
            hot++;
            // The object starts at offset 0 (its header is part of the leading line).
            assertTrue(s.offset() >= CACHE_LINE, s + " is within a cache line of the object's start");
            assertTrue(end - (s.offset() + s.size()) >= CACHE_LINE, s + " is within a cache line of the object's end (" + end + ")");
        }
        assertTrue(hot >= 10, "the machine's own fields were found: " + hot);
    }
}
