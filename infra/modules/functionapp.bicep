// The Functions app on a Flex Consumption plan (FC1, Linux), running as the user-assigned identity.
// Every setting that reaches a resource names the identity; none holds a key.
param planName string
param appName string
param location string
param tags object

@description('Tags of the app alone; azd finds the service it deploys by "azd-service-name".')
param appTags object

param identityId string
param identityClientId string

param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerName string

param applicationInsightsName string

@description('Key Vault URI of the SendGrid key secret.')
param sendGridSecretUri string

@description('Whether that secret exists (a SendGrid key was given).')
param hasSendGridSecret bool

@description('Key Vault URI of the coordinator key secret.')
param coordinatorSecretUri string

@description('Whether that secret exists (a coordinator key was given).')
param hasCoordinatorSecret bool

@description('Key Vault URI of the suppression key secret; the setting refers to it whether or not it exists yet.')
param suppressionKeySecretUri string

@description('Key Vault URI of the event webhook public key secret; the setting refers to it whether or not it exists yet.')
param eventWebhookPublicKeySecretUri string

@allowed([512, 2048, 4096])
param instanceMemoryMB int

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Sender address of the app\'s emails (empty keeps the app\'s default).')
param emailFrom string

@description('Base address for links in emails; empty means the app\'s own https address.')
param publicBaseUrl string

param enableEasyAuth bool
param easyAuthClientId string
param easyAuthTenantId string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: appTags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with this identity (there is no system-assigned one).
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Settings the app and the Functions host read; see README "Configuration" and docs/deploy.md.
var baseSettings = {
  // Identity-based storage: the service URIs, the identity, and no account key.
  AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // Telemetry goes in with the identity's Entra ID token (the component accepts nothing else).
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  Matchmaker__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${app.properties.defaultHostName}' : publicBaseUrl
  // The worker is reached only through the Functions host on the same machine, which passes on the front
  // end's X-Forwarded-For: so the sign-up limits count each client address, not the host as one caller.
  Matchmaker__Limits__TrustedProxies: '127.0.0.1,::1'
}
var emailSettings = empty(emailFrom) ? {} : { Matchmaker__Email__From: emailFrom }
// Secrets only as Key Vault references, resolved by the platform with the app's identity.
var sendGridSettings = hasSendGridSecret ? {
  Matchmaker__Email__SendGridApiKey: '@Microsoft.KeyVault(SecretUri=${sendGridSecretUri})'
} : {}
var coordinatorSettings = hasCoordinatorSecret ? {
  Matchmaker__CoordinatorKey: '@Microsoft.KeyVault(SecretUri=${coordinatorSecretUri})'
} : {}
// The keys whose loss or change would go unnoticed: always set, whether or not this provision was given
// their values, so that provisioning again (which replaces every app setting) can never drop them. Until
// the secret exists the platform cannot resolve the reference and hands the app the reference text, which
// the app recognises: it then sends no email (suppression key) or refuses webhook requests (public key).
var keySettings = {
  Matchmaker__Email__SuppressionKey: '@Microsoft.KeyVault(SecretUri=${suppressionKeySecretUri})'
  Matchmaker__Email__EventWebhookPublicKey: '@Microsoft.KeyVault(SecretUri=${eventWebhookPublicKeySecretUri})'
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: union(baseSettings, emailSettings, sendGridSettings, coordinatorSettings, keySettings)
}

// Optional Entra ID sign-in (Easy Auth). Unauthenticated requests still reach the app, which decides per
// route: anonymous routes stay open, and co-op keys, owner tokens and the coordinator key keep working.
resource easyAuth 'Microsoft.Web/sites/config@2024-04-01' = if (enableEasyAuth) {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: easyAuthClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${easyAuthTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            easyAuthClientId
            'api://${easyAuthClientId}'
          ]
        }
      }
    }
    login: {
      // The session cookie is enough; a token store would need a blob SAS, that is an account key.
      tokenStore: {
        enabled: false
      }
    }
  }
}

output name string = app.name
output uri string = 'https://${app.properties.defaultHostName}'
