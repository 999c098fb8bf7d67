package org.tidings.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/** The driver's Hadoop configuration carried to the tasks (file system settings and credentials). */
record HadoopConf(byte[] bytes) implements Serializable {

    static HadoopConf of(Configuration conf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            conf.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HadoopConf(out.toByteArray());
    }

    Configuration get() {
        Configuration conf = new Configuration(false);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            conf.readFields(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return conf;
    }
}
