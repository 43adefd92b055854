package org.w3id.kzlabour.cli;

import org.w3id.kzlabour.publish.Release;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the graph's release as {@code release/release.properties} states it (through
 * {@link Release}), with its date and IRI, so that a number taken from a run can be cited with the
 * exact release it came from.
 */
final class ReleaseVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Release release = Release.current();
        return new String[] {"kz-labour-kg " + release.version() + " (released " + release.date() + ", " + release.iri() + ")"};
    }
}
