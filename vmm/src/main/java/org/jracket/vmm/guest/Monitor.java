package org.jracket.vmm.guest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jracket.kernel.KernelConfig;
import org.jracket.vmm.config.ConfigException;
import org.jracket.vmm.config.ConfigReader;
import org.jracket.vmm.config.GuestConfig;
import org.jracket.vmm.image.GuestImage;
import org.jracket.vmm.image.ImageBuilder;
import org.jracket.vmm.image.ImageException;
import org.jracket.vmm.image.ImageReader;

/**
 * The monitor: the guests of one host process by name, and the actions on them. Used by the
 * HTTP API ({@code jracket vm serve}) and, in process, by {@code jracket vm run}.
 */
public final class Monitor implements AutoCloseable {
    /** Guests one monitor holds at most (each costs a kernel and threads). */
    public static final int MAX_GUESTS = 256;

    private final Map<String, Guest> guests = new LinkedHashMap<>();
    private final MemoryAccountant accountant;

    public Monitor() { this(true); }

    /** {@code accountMemory = false}: guests' memory is neither counted nor limited (see {@link MemoryAccountant}). */
    public Monitor(boolean accountMemory) { accountant = new MemoryAccountant(accountMemory); }

    /** A guest from an image file, or from a config file built into an image on the spot. */
    public Guest create(Path imageOrConfig, String name) throws ConfigException, ImageException, GuestSetupException {
        GuestImage image;
        GuestConfig config;
        if (imageOrConfig.toString().endsWith(".xml")) {
            config = ConfigReader.readFile(imageOrConfig);
            image = ImageBuilder.build(imageOrConfig);
        } else {
            image = ImageReader.read(imageOrConfig);
            Path dir = imageOrConfig.toAbsolutePath().getParent();
            config = ConfigReader.read(image.configXml(), imageOrConfig + " (config section)", dir, ConfigReader.HostChecks.NONE);
        }
        return create(name == null ? config.name() : name, config, image);
    }

    public Guest create(String name, GuestConfig config, GuestImage image) throws GuestSetupException {
        return create(name, config, image, new RacketInit(config.init(), image));
    }

    public Guest create(String name, GuestConfig config, GuestImage image, InitProgram init) throws GuestSetupException {
        return create(name, config, image, init, null);
    }

    /** {@code stdio}: see {@link Guest#create}. */
    public synchronized Guest create(String name, GuestConfig config, GuestImage image, InitProgram init, KernelConfig.Stdio stdio)
            throws GuestSetupException {
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,62}"))
            throw new GuestSetupException("bad guest name '" + name + "' (expected lower-case letters, digits, '.', '_', '-')");
        if (guests.containsKey(name)) throw new GuestSetupException("a guest named '" + name + "' already exists");
        if (guests.size() >= MAX_GUESTS) throw new GuestSetupException("this monitor already holds " + MAX_GUESTS + " guests");
        Guest g = Guest.create(name, config, image, init, accountant, stdio);
        guests.put(name, g);
        return g;
    }

    public synchronized Guest get(String name) throws NoSuchGuestException {
        Guest g = guests.get(name);
        if (g == null) throw new NoSuchGuestException(name);
        return g;
    }

    public void act(String name, GuestState.Action action) throws NoSuchGuestException, LifecycleException {
        Guest g = get(name);
        switch (action) {
            case LAUNCH -> g.launch();
            case PAUSE -> g.pause();
            case CONTINUE -> g.resume();
            case STOP -> g.stop();
            case FREE -> free(name);
        }
    }

    public void free(String name) throws NoSuchGuestException, LifecycleException {
        Guest g = get(name);
        g.free();
        synchronized (this) {
            guests.remove(name, g);
        }
    }

    public synchronized List<Guest> guests() { return new ArrayList<>(guests.values()); }

    public List<GuestInfo> list() {
        List<GuestInfo> r = new ArrayList<>();
        for (Guest g : guests()) r.add(g.info());
        return r;
    }

    /** Stops every guest and the accountant. */
    @Override
    public void close() {
        for (Guest g : guests()) g.end(new StopReason(StopReason.Kind.STOPPED, 137, "the monitor shut down"));
        accountant.close();
    }
}
