package org.jracket.vmm.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a guest config: the XML is validated against {@code guest.xsd} while it is parsed (so the
 * first fault stops the parse with its line and column), then {@link ConfigChecks} turns the
 * element tree into a {@link GuestConfig}, checking what the schema cannot.
 */
public final class ConfigReader {
    /** Configs are small; anything bigger is not a config. */
    public static final int MAX_CONFIG_BYTES = 1 << 20;
    private static final Schema SCHEMA = loadSchema();

    /** What to check on the host: at build, the files to pack; in an image, nothing (they are packed). */
    public enum HostChecks { FILES_TO_PACK, NONE }

    private ConfigReader() {}

    public static GuestConfig readFile(Path file) throws ConfigException {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES)
                throw new ConfigException(source, "config is larger than " + Size.format(MAX_CONFIG_BYTES));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(source, "cannot read config: " + describe(e));
        }
        Path dir = file.toAbsolutePath().getParent();
        return read(new String(bytes, StandardCharsets.UTF_8), source, dir, HostChecks.FILES_TO_PACK);
    }

    /**
     * @param source  what to call the text in messages (a file name, or "IMAGE (config section)")
     * @param baseDir where relative host paths are resolved from
     */
    public static GuestConfig read(String xml, String source, Path baseDir, HostChecks checks) throws ConfigException {
        if (xml.isBlank()) throw new ConfigException(source, "config is empty (expected a <vm> document)");
        XmlElement root = parse(xml, source);
        return new ConfigChecks(source, baseDir, checks).toConfig(root);
    }

    private static XmlElement parse(String xml, String source) throws ConfigException {
        TreeBuilder tree = new TreeBuilder();
        try {
            ValidatorHandler validator = SCHEMA.newValidatorHandler();
            validator.setErrorHandler(FailFast.INSTANCE);
            validator.setContentHandler(tree);
            XMLReader reader = secureParserFactory().newSAXParser().getXMLReader();
            reader.setErrorHandler(FailFast.INSTANCE);
            reader.setContentHandler(validator);
            InputSource in = new InputSource(new StringReader(xml));
            in.setSystemId(source);
            reader.parse(in);
        } catch (SAXParseException e) {
            throw new ConfigException(source, e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage()));
        } catch (SAXException | ParserConfigurationException e) {
            throw new ConfigException(source, "cannot parse config: " + e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(source, "cannot read config: " + describe(e));
        }
        if (tree.root == null) throw new ConfigException(source, "no <vm> element");
        return tree.root;
    }

    /** No DTDs or external entities: a config must not make the daemon read other files. */
    private static SAXParserFactory secureParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return f;
    }

    private static Schema loadSchema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(ConfigReader.class.getResource("guest.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("the built-in guest.xsd does not load", e);
        }
    }

    /** Drops the validator's rule code ("cvc-complex-type.2.4.a: ") but keeps what it expected. */
    static String readable(String message) {
        if (message == null) return "malformed XML";
        return message.replaceFirst("^cvc-[\\w.-]+: ", "");
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    /** Warnings are ignored; errors (including schema violations) end the parse at once. */
    private enum FailFast implements ErrorHandler {
        INSTANCE;

        @Override public void warning(SAXParseException e) {}
        @Override public void error(SAXParseException e) throws SAXException { throw e; }
        @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
    }

    /** Builds the {@link XmlElement} tree, recording where each element starts. */
    private static final class TreeBuilder extends DefaultHandler {
        private Locator locator;
        private final Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root;

        @Override public void setDocumentLocator(Locator locator) { this.locator = locator; }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            XmlElement e = new XmlElement(local.isEmpty() ? qName : local,
                    locator == null ? 0 : locator.getLineNumber(), locator == null ? 0 : locator.getColumnNumber());
            for (int i = 0; i < atts.getLength(); i++) {
                String n = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
                e.attributes.put(n, atts.getValue(i));
            }
            if (open.isEmpty()) root = e;
            else open.peek().children.add(e);
            open.push(e);
        }

        @Override public void endElement(String uri, String local, String qName) { open.pop(); }

        @Override public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) open.peek().text.append(ch, start, length);
        }
    }
}
