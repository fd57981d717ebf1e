package org.jracket.vmm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jracket.vmm.config.Size;
import org.jracket.vmm.image.GuestImage;
import org.jracket.vmm.image.ImageBuilder;
import org.jracket.vmm.image.ImageWriter;

/** {@code jracket vm build CONFIG.xml -o NAME.img}: the seed's {@code build_vm}. */
@Command(name = "build", description = "Pack a config, the collections and the program files into an image (build_vm).")
final class BuildCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG.xml") Path config;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "NAME.img") Path output;

    @Override
    public Integer call() throws Exception {
        GuestImage image = ImageBuilder.build(config);
        ImageWriter.write(image, output);
        System.out.println("built " + output + ": config " + Size.format(image.configXml().length())
                + ", collections " + Size.format(image.collectionsBlob().length)
                + ", program files " + Size.format(image.programBlob().length));
        return 0;
    }
}
